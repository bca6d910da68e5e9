using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Teams.Tests.Fakes;
using IncursionBot.Testing.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IncursionBot.Teams.Tests.Webhooks;

public sealed class WebhookTests : IAsyncLifetime
{
    private const string Signature = "sig=Q2hhbmdlTWVQbGVhc2UtdGhpcy1pcy1zZWNyZXQ";
    private static readonly ChannelRef Ops = new("teams", "webhook:ops");

    private readonly ConcurrentQueue<(string Body, int Bytes)> _posts = new();
    private readonly ConcurrentQueue<int> _statuses = new();
    private LoopbackHttpServer _flow = null!;
    private TeamsTestHost _host = null!;

    private IChatAdapter Adapter => _host.Services.GetServices<IChatAdapter>().Single();

    public async Task InitializeAsync()
    {
        _flow = await LoopbackHttpServer.StartAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            _posts.Enqueue((body, Encoding.UTF8.GetByteCount(body)));
            context.Response.StatusCode = _statuses.TryDequeue(out var status) ? status : StatusCodes.Status202Accepted;
            if (context.Response.StatusCode == 429)
            {
                context.Response.Headers.RetryAfter = "300";
            }
        });
        _host = await TeamsTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Teams:Webhooks:ops"] = $"{_flow.BaseAddress}workflows/abc/triggers/manual/paths/invoke?api-version=1&{Signature}",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _flow.DisposeAsync();
    }

    [Fact]
    public async Task An_alert_goes_out_in_the_workflows_envelope_and_any_2xx_counts()
    {
        var result = await Adapter.SendAsync(Ops, TestIncidents.Alert(4, _host.Time.GetUtcNow()), CancellationToken.None);

        Assert.IsType<DeliveredResult>(result);
        var envelope = JsonNode.Parse(Assert.Single(_posts).Body)!;
        Assert.Equal("message", envelope["type"]!.GetValue<string>());
        var attachment = Assert.Single(envelope["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Contracts.AssertValidCard(attachment["content"]);
    }

    [Fact]
    public async Task An_update_is_a_new_card_marked_updated()
    {
        var first = (DeliveredResult)await Adapter.SendAsync(Ops, TestIncidents.Alert(4, _host.Time.GetUtcNow()), CancellationToken.None);

        var second = await Adapter.SendAsync(Ops, TestIncidents.Alert(4, _host.Time.GetUtcNow(), first.MessageId, reports: 5), CancellationToken.None);

        Assert.IsType<DeliveredResult>(second);
        Assert.Equal(2, _posts.Count);
        Assert.Contains("Updated:", _posts.Last().Body);
    }

    [Fact]
    public async Task A_huge_alert_is_trimmed_under_the_28_KB_request_limit()
    {
        var now = _host.Time.GetUtcNow();
        var alert = TestIncidents.Alert(4, now, reports: 60);

        await Adapter.SendAsync(Ops, alert with { Alerts = [alert.Alerts[0] with { Summary = new string('s', 20_000) }] }, CancellationToken.None);

        Assert.True(Assert.Single(_posts).Bytes <= 28 * 1024);
    }

    [Fact]
    public async Task A_429_with_a_long_retry_after_is_rate_limited_and_a_deleted_flow_is_gone()
    {
        _statuses.Enqueue(429);
        var limited = Assert.IsType<FailedResult>(await Adapter.SendAsync(Ops, TestIncidents.Alert(4, _host.Time.GetUtcNow()), CancellationToken.None));
        Assert.Equal(FailureReason.RateLimited, limited.Reason);
        Assert.Equal(TimeSpan.FromSeconds(300), limited.RetryAfter);

        _host.Time.Advance(TimeSpan.FromMinutes(6));
        _statuses.Enqueue(404);
        var gone = Assert.IsType<FailedResult>(await Adapter.SendAsync(Ops, TestIncidents.Alert(5, _host.Time.GetUtcNow()), CancellationToken.None));
        Assert.Equal(FailureReason.ChannelGone, gone.Reason);
        Assert.DoesNotContain(Signature, gone.Detail);
    }

    [Fact]
    public async Task Webhook_mode_alone_neither_serves_the_bot_endpoint_nor_reaches_bot_conversations()
    {
        var response = await _host.Client.PostAsync("api/messages", new StringContent("{}", Encoding.UTF8, "application/json"));
        var bot = await Adapter.SendAsync(new ChannelRef("teams", "19:x@thread.tacv2"), TestIncidents.Alert(4, _host.Time.GetUtcNow()), CancellationToken.None);
        var unknown = await Adapter.SendAsync(new ChannelRef("teams", "webhook:nope"), TestIncidents.Alert(4, _host.Time.GetUtcNow()), CancellationToken.None);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Teams:AppId", await response.Content.ReadAsStringAsync());
        Assert.Equal(FailureReason.NotConfigured, Assert.IsType<FailedResult>(bot).Reason);
        Assert.Equal(FailureReason.NotConfigured, Assert.IsType<FailedResult>(unknown).Reason);
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Text.Contains(Signature, StringComparison.Ordinal));
    }
}

using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Teams.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace IncursionBot.Teams.Tests.Connector;

public sealed class RetryAndThrottlingTests : BotTestBase
{
    private static readonly ChannelRef Channel = new("teams", TestActivities.ChannelId);

    private IChatAdapter Adapter => Host.Services.GetServices<IChatAdapter>().Single(a => a.Platform == "teams");

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Transient_answers_are_retried_with_backoff(int status)
    {
        await InstallAsync();
        Fake.ConnectorScript.Enqueue(Scripted.Error(status, "Transient"));
        Fake.ConnectorScript.Enqueue(Scripted.Error(status, "Transient"));

        var result = await Adapter.SendAsync(Channel, TestIncidents.Alert(1, Host.Time.GetUtcNow()), CancellationToken.None);

        Assert.IsType<DeliveredResult>(result);
        Assert.Equal(3, Fake.Calls.Count);
    }

    [Fact]
    public async Task Retries_are_bounded_and_end_as_a_server_error()
    {
        await InstallAsync();
        for (var i = 0; i < 6; i++)
        {
            Fake.ConnectorScript.Enqueue(Scripted.Error(503, "ServiceUnavailable"));
        }

        var result = await Adapter.SendAsync(Channel, TestIncidents.Alert(1, Host.Time.GetUtcNow()), CancellationToken.None);

        Assert.Equal(FailureReason.ServerError, Assert.IsType<FailedResult>(result).Reason);
        Assert.Equal(4, Fake.Calls.Count);
    }

    [Fact]
    public async Task A_short_retry_after_is_waited_out()
    {
        await InstallAsync();
        Fake.ConnectorScript.Enqueue(Scripted.Error(429, "Throttled", ("Retry-After", "0")));

        var result = await Adapter.SendAsync(Channel, TestIncidents.Alert(1, Host.Time.GetUtcNow()), CancellationToken.None);

        Assert.IsType<DeliveredResult>(result);
        Assert.Equal(2, Fake.Calls.Count);
    }

    [Fact]
    public async Task A_long_retry_after_is_handed_to_the_dispatcher_and_holds_the_conversation()
    {
        await InstallAsync();
        Fake.ConnectorScript.Enqueue(Scripted.Error(429, "Throttled", ("Retry-After", "120")));

        var result = await Adapter.SendAsync(Channel, TestIncidents.Alert(1, Host.Time.GetUtcNow()), CancellationToken.None);
        var held = await Adapter.SendAsync(Channel, TestIncidents.Alert(2, Host.Time.GetUtcNow()), CancellationToken.None);

        var failed = Assert.IsType<FailedResult>(result);
        Assert.Equal(FailureReason.RateLimited, failed.Reason);
        Assert.Equal(TimeSpan.FromSeconds(120), failed.RetryAfter);
        Assert.Equal(FailureReason.RateLimited, Assert.IsType<FailedResult>(held).Reason);
        Assert.Single(Fake.Calls);
    }

    [Fact]
    public async Task The_per_conversation_burst_limit_holds_the_eighth_message_in_a_second()
    {
        await InstallAsync();
        var results = new List<DeliveryResult>();
        for (var i = 1; i <= 8; i++)
        {
            // The fake clock stands still, so the limiter's wait never ends within the send's budget.
            results.Add(await Adapter.SendAsync(Channel, TestIncidents.Alert(i, Host.Time.GetUtcNow()), CancellationToken.None));
        }

        Assert.All(results.Take(7), r => Assert.IsType<DeliveredResult>(r));
        var eighth = Assert.IsType<FailedResult>(results[7]);
        Assert.Equal(FailureReason.RateLimited, eighth.Reason);
        Assert.Equal(7, Fake.Calls.Count);
    }

    [Fact]
    public async Task No_token_goes_to_a_host_outside_the_allow_list_even_from_a_stored_reference()
    {
        await InstallAsync();
        var stored = (await Host.State.GetAsync("teams.conversations", TestActivities.ChannelId, CancellationToken.None))!;
        var foreign = Fake.ServiceUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        await Host.State.SetAsync("teams.conversations", TestActivities.ChannelId, stored.Replace(Fake.ServiceUrl, foreign, StringComparison.Ordinal), Host.Time.GetUtcNow(), CancellationToken.None);

        var result = await Adapter.SendAsync(Channel, TestIncidents.Alert(1, Host.Time.GetUtcNow()), CancellationToken.None);

        Assert.Equal(FailureReason.ClientError, Assert.IsType<FailedResult>(result).Reason);
        Assert.Empty(Fake.Calls);
        Assert.Empty(Fake.TokenRequests);
    }

    private async Task InstallAsync() =>
        Assert.True((await Host.PostAsync(TestActivities.Install(Fake.ServiceUrl), ValidToken())).IsSuccessStatusCode);
}

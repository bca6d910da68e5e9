using System.Text.Json.Nodes;
using IncursionBot.Core.Ports;
using IncursionBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncursionBot.Discord.Tests.Gateway;

/// <summary>The real gateway client against the fake Gateway WebSocket.</summary>
public sealed class GatewayTests : IAsyncLifetime
{
    private FakeDiscord _fake = null!;
    private DiscordTestHost? _host;

    public async Task InitializeAsync() => _fake = await FakeDiscord.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _fake.DisposeAsync();
    }

    private async Task<DiscordTestHost> StartAsync()
    {
        _host = await DiscordTestHost.StartAsync(_fake, s => s["Discord:GatewayEnabled"] = "true");
        await Eventually.True(() => _fake.Gateway.Count("identify") == 1 && _fake.Gateway.SessionId is not null, "the bot identifies");
        await Eventually.True(() => GatewayState(_host) == "ready", "the gateway is ready");
        return _host;
    }

    private static string? GatewayState(DiscordTestHost host) =>
        ((Dictionary<string, object?>)Health(host).Data["gateway"]!)["state"] as string;

    private static HealthReport Health(DiscordTestHost host) =>
        host.Services.GetServices<IHealthContributor>().Single(h => h.Name == "discord").GetHealthAsync(CancellationToken.None).Result;

    [Fact]
    public async Task Connects_with_v10_json_identifies_with_the_guilds_intent_only_and_heartbeats()
    {
        _fake.Gateway.HeartbeatIntervalMs = 150;

        await StartAsync();
        await Eventually.True(() => _fake.Gateway.Count("heartbeat") >= 3, "heartbeats are sent and acknowledged");

        Assert.Equal("connect ?v=10&encoding=json", _fake.Gateway.Events.First());
        Assert.StartsWith("identify intents=1 ", _fake.Gateway.Events.Single(e => e.StartsWith("identify", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("heartbeat 1", _fake.Gateway.Events);
        Assert.Single(_fake.RequestsTo("GET", "GET /gateway/bot"));
    }

    [Fact]
    public async Task An_interaction_on_the_gateway_is_answered_through_the_callback_endpoint()
    {
        await StartAsync();

        await _fake.Gateway.DispatchAsync("INTERACTION_CREATE", JsonNode.Parse(InteractionJson.Command("subscribe", InteractionJson.Member))!);
        await Eventually.True(() => !_fake.CallbackBodies.IsEmpty, "the interaction is answered");

        var answer = JsonNode.Parse(_fake.CallbackBodies.Single())!;
        Assert.Equal(4, answer["type"]!.GetValue<int>());
        Assert.Equal(64, answer["data"]!["flags"]!.GetValue<int>());
        var callback = Assert.Single(_fake.RequestsTo("POST", "POST /interactions/{id}/{token}/callback"));
        Assert.Null(callback.Authorization);
        Assert.Empty(_fake.ContractErrors);
    }

    [Fact]
    public async Task Reconnect_requests_are_resumed_on_the_resume_url()
    {
        await StartAsync();

        await _fake.Gateway.SendOpAsync(7, null);

        await Eventually.True(() => _fake.Gateway.Count("resume ok") == 1, "the session is resumed");
        Assert.Contains("client-close 4000", _fake.Gateway.Events);
        Assert.Equal(1, _fake.Gateway.Count("identify"));
    }

    [Fact]
    public async Task A_server_close_with_a_resumable_code_is_resumed()
    {
        await StartAsync();

        await _fake.Gateway.CloseAsync(4000, "Unknown error");

        await Eventually.True(() => _fake.Gateway.Count("resume ok") == 1, "the session is resumed");
        Assert.Equal(1, _fake.Gateway.Count("identify"));
    }

    [Fact]
    public async Task A_zombie_connection_without_acks_is_closed_and_resumed()
    {
        _fake.Gateway.HeartbeatIntervalMs = 150;
        await StartAsync();

        _fake.Gateway.AcknowledgeHeartbeats = false;

        await Eventually.True(() => _fake.Gateway.Count("resume") >= 1, "the zombie connection is replaced");
        Assert.Contains("client-close 4000", _fake.Gateway.Events);
        Assert.Equal(1, _fake.Gateway.Count("identify"));
    }

    [Fact]
    public async Task An_invalid_session_that_cannot_resume_identifies_again()
    {
        await StartAsync();
        var first = _fake.Gateway.SessionId;

        await _fake.Gateway.SendOpAsync(9, false);

        await Eventually.True(() => _fake.Gateway.Count("identify") == 2, "a new session is identified");
        Assert.NotEqual(first, _fake.Gateway.SessionId);
        Assert.Equal(0, _fake.Gateway.Count("resume"));
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4014)]
    public async Task Fatal_close_codes_stop_the_gateway_for_good(int code)
    {
        var host = await StartAsync();

        await _fake.Gateway.CloseAsync(code, "fatal");

        await Eventually.True(() => GatewayState(host) == "stopped", "the gateway stops");
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(1, _fake.Gateway.Count("connect"));
        Assert.False(Health(host).Healthy);
        Assert.Equal(code == 4004, Health(host).Data["tokenRevoked"] is true);
    }

    [Fact]
    public async Task A_spent_identify_budget_is_waited_out()
    {
        _fake.SessionStartsRemaining = 0;
        _fake.SessionResetAfterMs = 700;

        await StartAsync();

        var asked = _fake.RequestsTo("GET", "GET /gateway/bot").Single().At;
        Assert.True(_fake.Gateway.IdentifyTimes.Single() - asked >= TimeSpan.FromMilliseconds(650), "identify waited for reset_after");
    }
}

using System.Text.Json;
using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncursionBot.Discord.Tests;

/// <summary>The bot token never reaches a log line, a delivery result, an exception message or <c>/healthz</c>.</summary>
public sealed class SecretLeakTests
{
    [Fact]
    public async Task The_token_never_appears_in_logs_results_or_health()
    {
        await using var fake = await FakeDiscord.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(fake, s =>
        {
            s["Discord:GatewayEnabled"] = "true";
            s["Discord:RegisterCommands"] = "true";
        });
        var seen = new List<string>();
        await Eventually.True(() => fake.Gateway.SessionId is not null, "the gateway is ready");

        await fake.Gateway.DispatchAsync("INTERACTION_CREATE", JsonNode(InteractionJson.Command("subscriptions")));
        await Eventually.True(() => !fake.CallbackBodies.IsEmpty, "the interaction is answered");
        fake.Script("700000000000000009", new ScriptedReply(403, """{"message":"Missing Access","code":50001}"""));
        seen.Add(Describe(await host.Adapter.SendAsync(new ChannelRef("discord", "700000000000000009"), new OutgoingAlert([Samples.Alert()], "a"), CancellationToken.None)));
        fake.AcceptToken = false;
        seen.Add(Describe(await host.Adapter.SendAsync(new ChannelRef("discord", "700000000000000008"), new OutgoingAlert([Samples.Alert()], "b"), CancellationToken.None)));
        await fake.Gateway.CloseAsync(4004, "Authentication failed.");
        await Eventually.True(() => host.Logs.Lines.Any(l => l.Contains("stopped for good", StringComparison.Ordinal)), "the gateway stops");
        var health = await host.Services.GetServices<IHealthContributor>().Single().GetHealthAsync(CancellationToken.None);
        seen.Add(JsonSerializer.Serialize(health.Data));

        Assert.NotEmpty(host.Logs.Lines);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(FakeDiscord.Token, StringComparison.Ordinal));
        Assert.DoesNotContain(seen, s => s.Contains(FakeDiscord.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_network_failure_reports_no_secret()
    {
        await using var host = await DiscordTestHost.StartAsync(null, s => s["Discord:ApiBaseUrl"] = $"http://127.0.0.1:{IncursionBot.Testing.Http.FreePort.Next()}/api/v10");

        var result = Assert.IsType<FailedResult>(await host.Adapter.SendAsync(new ChannelRef("discord", "700000000000000001"), new OutgoingAlert([Samples.Alert()], "a"), CancellationToken.None));

        Assert.Equal(FailureReason.NetworkError, result.Reason);
        Assert.DoesNotContain(FakeDiscord.Token, result.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(FakeDiscord.Token, StringComparison.Ordinal));
    }

    private static System.Text.Json.Nodes.JsonNode JsonNode(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!;

    private static string Describe(DeliveryResult result) => result switch
    {
        FailedResult failed => $"{failed.Reason} {failed.Detail}",
        _ => result.ToString(),
    };
}

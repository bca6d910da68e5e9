using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Teams.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace IncursionBot.Teams.Tests;

public sealed class SecretLeakTests : BotTestBase
{
    [Fact]
    public async Task The_app_password_and_tokens_never_reach_logs_results_or_health()
    {
        var channel = new ChannelRef("teams", TestActivities.ChannelId);
        var adapter = Host.Services.GetServices<IChatAdapter>().Single();
        await Host.PostAsync(TestActivities.Install(Fake.ServiceUrl), ValidToken());
        // A token endpoint that echoes the secret in its error must not get it into a result or a log line.
        Fake.TokenScript.Enqueue(new Scripted(401, $$"""{"error":"invalid_client","error_description":"AADSTS7000215: bad secret {{TeamsTestHost.AppPassword}}"}"""));

        var refused = Assert.IsType<FailedResult>(await adapter.SendAsync(channel, TestIncidents.Alert(1, Host.Time.GetUtcNow()), CancellationToken.None));
        var delivered = await adapter.SendAsync(channel, TestIncidents.Alert(2, Host.Time.GetUtcNow()), CancellationToken.None);
        var health = await Host.Services.GetServices<IHealthContributor>().Single().GetHealthAsync(CancellationToken.None);

        Assert.Equal(FailureReason.AuthError, refused.Reason);
        Assert.IsType<DeliveredResult>(delivered);
        string[] everything = [refused.Detail, System.Text.Json.JsonSerializer.Serialize(health.Data), .. Host.Logs.Lines.Select(l => l.Text)];
        Assert.All(everything, text =>
        {
            Assert.DoesNotContain(TeamsTestHost.AppPassword, text);
            Assert.DoesNotContain("connector-token-", text);
        });
    }
}

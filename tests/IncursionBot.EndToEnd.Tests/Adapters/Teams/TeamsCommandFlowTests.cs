using System.Net;

namespace IncursionBot.EndToEnd.Tests.Adapters.Teams;

/// <summary>
/// Issue 5 end to end: the composed bot installed in a Teams channel answers every command with a schema-valid card
/// threaded to that channel, and alerts it when a polled report matches its subscription.
/// </summary>
public sealed class TeamsCommandFlowTests
{
    [Fact]
    public async Task Installed_bot_answers_each_command_and_alerts_the_subscribed_channel()
    {
        await using var rig = await TeamsRig.StartAsync();

        Assert.Equal(HttpStatusCode.OK, await rig.PostAsync(TeamsActivities.Install(rig.Fake.ServiceUrl), rig.Token()));

        var subscribed = CardContract.Text(await rig.AskAsync("subscribe PL drone"));
        Assert.Contains("Subscribed", subscribed);
        Assert.Contains("Subscription #", subscribed);

        var refused = CardContract.Text(await rig.AskAsync("subscribe * *", TeamsActivities.BystanderAadId));
        Assert.Contains("Only this bot's subscription managers", refused);

        var listed = CardContract.Text(await rig.AskAsync("subscriptions"));
        Assert.Contains("subscriptions: 1", listed);
        Assert.Contains("drone", listed);

        Assert.Contains("IncursionBot commands", CardContract.Text(await rig.AskAsync("help")));
        Assert.Contains("Unknown command 'launch'", CardContract.Text(await rig.AskAsync("launch the missiles")));

        var item = DroneOverPoland.Fresh();
        rig.Feed.Publish(item);
        var alertCall = await rig.NextCallAsync(TimeSpan.FromSeconds(60));
        Assert.Equal("POST", alertCall.Method);
        Assert.Equal(TeamsActivities.ChannelId, alertCall.ConversationId);
        Assert.Null(alertCall.ActivityId);
        var alert = CardContract.AssertCardActivity(alertCall);
        Assert.Contains("(PL)", CardContract.Fact(alert, "Countries"));
        Assert.Contains(item.Url, CardContract.Text(alert));
        var incident = CardContract.Fact(alert, "Incident");
        Assert.Matches("^#[0-9]+$", incident);
        var incidentId = incident![1..];

        var recent = CardContract.Text(await rig.AskAsync("incidents PL drone 90"));
        Assert.True(recent.Contains($"#{incidentId} ", StringComparison.Ordinal), recent);

        var detail = await rig.AskAsync($"incident {incidentId}");
        Assert.Equal(incident, CardContract.Fact(detail, "Incident"));
        Assert.Contains(item.Url, CardContract.Text(detail));

        Assert.Contains("There is no incident #987654", CardContract.Text(await rig.AskAsync("incident 987654")));
        Assert.Contains("days must be between 1 and 90", CardContract.Text(await rig.AskAsync("incidents PL drone 500")));

        Assert.Contains("Unsubscribed", CardContract.Text(await rig.AskAsync("unsubscribe all")));
        Assert.Contains("no subscriptions", CardContract.Text(await rig.AskAsync("subscriptions")));

        // One reply per command plus one alert: nothing else went to the Connector.
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(12, rig.Fake.Calls.Count);
        Assert.All(rig.Fake.TokenRequests, form =>
        {
            Assert.Contains("grant_type=client_credentials", form);
            Assert.Contains($"client_id={TeamsActivities.AppId}", form);
        });
        Assert.DoesNotContain(TeamsActivities.AppPassword, rig.Logs);
    }
}

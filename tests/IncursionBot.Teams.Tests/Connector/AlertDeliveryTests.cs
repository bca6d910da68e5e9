using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Teams.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace IncursionBot.Teams.Tests.Connector;

public sealed class AlertDeliveryTests : BotTestBase
{
    private static readonly ChannelRef Channel = new("teams", TestActivities.ChannelId);

    private IChatAdapter Adapter => Host.Services.GetServices<IChatAdapter>().Single(a => a.Platform == "teams");

    [Fact]
    public async Task An_alert_is_posted_to_the_installed_channel_as_a_valid_card()
    {
        await InstallAsync();

        var result = await Adapter.SendAsync(Channel, TestIncidents.Alert(5, Host.Time.GetUtcNow()), CancellationToken.None);

        Assert.Equal("activity-1", Assert.IsType<DeliveredResult>(result).MessageId);
        var call = Assert.Single(Fake.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal(TestActivities.ChannelId, call.ConversationId);
        Assert.Null(call.ActivityId);
        Assert.Equal("Bearer connector-token-1", call.Authorization);
        Contracts.AssertValidCardActivity(call.Body);
        var form = Assert.Single(Fake.TokenRequests);
        Assert.Contains("grant_type=client_credentials", form);
        Assert.Contains("scope=https://api.botframework.com/.default", form);
        Assert.Contains($"client_id={TeamsTestHost.AppId}", form);
    }

    [Fact]
    public async Task A_grown_incident_updates_the_posted_card_in_place()
    {
        await InstallAsync();

        var result = await Adapter.SendAsync(Channel, TestIncidents.Alert(5, Host.Time.GetUtcNow(), "activity-77", reports: 4), CancellationToken.None);

        Assert.Equal("activity-77", Assert.IsType<DeliveredResult>(result).MessageId);
        var call = Assert.Single(Fake.Calls);
        Assert.Equal("PUT", call.Method);
        Assert.Equal("activity-77", call.ActivityId);
        Assert.Equal("activity-77", call.Body!["id"]!.GetValue<string>());
        Contracts.AssertValidCardActivity(call.Body);
        Assert.Contains("Updated:", call.Card.ToJsonString());
    }

    [Fact]
    public async Task An_update_of_a_deleted_card_posts_a_new_one()
    {
        await InstallAsync();
        Fake.ConnectorScript.Enqueue(Scripted.Error(404, "ActivityNotFound"));

        var result = await Adapter.SendAsync(Channel, TestIncidents.Alert(5, Host.Time.GetUtcNow(), "activity-77"), CancellationToken.None);

        Assert.IsType<DeliveredResult>(result);
        Assert.Equal(["PUT", "POST"], Fake.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task A_grouped_alert_is_one_card_listing_each_incident()
    {
        await InstallAsync();
        var now = Host.Time.GetUtcNow();
        var group = new OutgoingAlert([.. Enumerable.Range(1, 6).Select(i => TestIncidents.Alert(i, now).Alerts[0])], "g1n6");

        await Adapter.SendAsync(Channel, group, CancellationToken.None);

        var call = Assert.Single(Fake.Calls);
        Contracts.AssertValidCardActivity(call.Body);
        var card = call.Card.ToJsonString();
        Assert.All(Enumerable.Range(1, 6), i => Assert.Contains($"#{i} ", card));
    }

    [Fact]
    public async Task A_403_closes_the_channel_and_shows_it_in_health()
    {
        await InstallAsync();
        Fake.ConnectorScript.Enqueue(Scripted.Error(403, "MessageWritesBlocked"));

        var result = await Adapter.SendAsync(Channel, TestIncidents.Alert(5, Host.Time.GetUtcNow()), CancellationToken.None);

        var failed = Assert.IsType<FailedResult>(result);
        Assert.Equal(FailureReason.ChannelGone, failed.Reason);
        Assert.Contains("MessageWritesBlocked", failed.Detail);
        var health = await Host.Services.GetServices<IHealthContributor>().Single(h => h.Name == "teams").GetHealthAsync(CancellationToken.None);
        Assert.Single((Array)health.Data["disabledTargets"]!);
    }

    [Fact]
    public async Task A_channel_without_a_reference_is_gone_and_nothing_is_sent()
    {
        var result = await Adapter.SendAsync(Channel, TestIncidents.Alert(5, Host.Time.GetUtcNow()), CancellationToken.None);

        Assert.Equal(FailureReason.ChannelGone, Assert.IsType<FailedResult>(result).Reason);
        Assert.Empty(Fake.Calls);
    }

    [Fact]
    public async Task A_401_renews_the_token_once_and_then_reports_an_auth_error()
    {
        await InstallAsync();
        Fake.ConnectorScript.Enqueue(Scripted.Error(401, "Unauthorized"));

        Assert.IsType<DeliveredResult>(await Adapter.SendAsync(Channel, TestIncidents.Alert(5, Host.Time.GetUtcNow()), CancellationToken.None));
        Assert.Equal(["Bearer connector-token-1", "Bearer connector-token-2"], Fake.Calls.Select(c => c.Authorization));

        Fake.ConnectorScript.Enqueue(Scripted.Error(401, "Unauthorized"));
        Fake.ConnectorScript.Enqueue(Scripted.Error(401, "Unauthorized"));
        var result = await Adapter.SendAsync(Channel, TestIncidents.Alert(6, Host.Time.GetUtcNow()), CancellationToken.None);
        Assert.Equal(FailureReason.AuthError, Assert.IsType<FailedResult>(result).Reason);
    }

    [Fact]
    public async Task The_token_is_cached_and_renewed_five_minutes_before_expiry()
    {
        await InstallAsync();
        await Adapter.SendAsync(Channel, TestIncidents.Alert(1, Host.Time.GetUtcNow()), CancellationToken.None);
        Host.Time.Advance(TimeSpan.FromMinutes(54));
        await Adapter.SendAsync(Channel, TestIncidents.Alert(2, Host.Time.GetUtcNow()), CancellationToken.None);
        Assert.Single(Fake.TokenRequests);

        Host.Time.Advance(TimeSpan.FromMinutes(2));
        await Adapter.SendAsync(Channel, TestIncidents.Alert(3, Host.Time.GetUtcNow()), CancellationToken.None);

        Assert.Equal(2, Fake.TokenRequests.Count);
    }

    [Fact]
    public async Task Concurrent_sends_share_one_token_fetch()
    {
        await InstallAsync();
        foreach (var conversation in Enumerable.Range(1, 5).Select(i => $"19:room-{i}@thread.tacv2"))
        {
            await Host.PostAsync(TestActivities.Install(Fake.ServiceUrl, conversation), ValidToken());
        }

        await Task.WhenAll(Enumerable.Range(1, 5).Select(i =>
            Adapter.SendAsync(new ChannelRef("teams", $"19:room-{i}@thread.tacv2"), TestIncidents.Alert(i, Host.Time.GetUtcNow()), CancellationToken.None)));

        Assert.Single(Fake.TokenRequests);
        Assert.Equal(5, Fake.Calls.Count);
    }

    private async Task InstallAsync() =>
        Assert.True((await Host.PostAsync(TestActivities.Install(Fake.ServiceUrl), ValidToken())).IsSuccessStatusCode);
}

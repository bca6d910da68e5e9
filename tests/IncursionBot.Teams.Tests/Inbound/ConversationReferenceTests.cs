using System.Net;
using System.Text.Json;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Teams.Tests.Fakes;

namespace IncursionBot.Teams.Tests.Inbound;

public sealed class ConversationReferenceTests : BotTestBase
{
    private const string Scope = "teams.conversations";

    [Fact]
    public async Task Installing_in_a_team_saves_the_channels_reference_and_reopens_it()
    {
        var response = await Host.PostAsync(TestActivities.Install(Fake.ServiceUrl), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = JsonDocument.Parse((await Host.State.GetAsync(Scope, TestActivities.ChannelId, CancellationToken.None))!).RootElement;
        Assert.Equal(Fake.ServiceUrl, saved.GetProperty("serviceUrl").GetString());
        Assert.Equal(TestActivities.TenantId, saved.GetProperty("tenantId").GetString());
        Assert.Equal(TestActivities.TeamId, saved.GetProperty("teamId").GetString());
        Assert.Equal(TeamsTestHost.BotId, saved.GetProperty("botId").GetString());
        Assert.Equal("channel", saved.GetProperty("conversationType").GetString());
        Assert.Null(Host.Subscriptions.DisabledChanges[new ChannelRef("teams", TestActivities.ChannelId)]);
    }

    [Fact]
    public async Task A_personal_install_saves_the_chat()
    {
        const string chat = "a:1personal-chat-id";

        await Host.PostAsync(TestActivities.InstallationAdd(Fake.ServiceUrl, chat), ValidToken());

        Assert.NotNull(await Host.State.GetAsync(Scope, chat, CancellationToken.None));
    }

    [Fact]
    public async Task Every_activity_refreshes_the_service_url_and_threads_share_the_channel()
    {
        await Host.PostAsync(TestActivities.Install(Fake.ServiceUrl), ValidToken());
        var moved = Fake.ServiceUrl + "emea/";
        var message = TestActivities.Message(moved, "help", TestActivities.ChannelId + ";messageid=1481567603816");

        var response = await Host.PostAsync(message, Host.Token(Key, moved));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var all = await Host.State.ListAsync(Scope, CancellationToken.None);
        var saved = JsonDocument.Parse(Assert.Single(all).Value).RootElement;
        Assert.Equal(moved, saved.GetProperty("serviceUrl").GetString());
    }

    [Fact]
    public async Task Removing_the_bot_from_a_team_drops_all_its_channels_and_closes_them()
    {
        await Host.PostAsync(TestActivities.Install(Fake.ServiceUrl), ValidToken());
        await Host.PostAsync(TestActivities.Install(Fake.ServiceUrl, TestActivities.TeamId), ValidToken());

        var response = await Host.PostAsync(TestActivities.Removal(Fake.ServiceUrl), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await Host.State.ListAsync(Scope, CancellationToken.None));
        Assert.NotNull(Host.Subscriptions.DisabledChanges[new ChannelRef("teams", TestActivities.ChannelId)]);
        Assert.NotNull(Host.Subscriptions.DisabledChanges[new ChannelRef("teams", TestActivities.TeamId)]);
    }

    [Fact]
    public async Task A_service_url_outside_the_allow_list_is_refused_and_never_gets_a_token()
    {
        var foreign = Fake.ServiceUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        var message = TestActivities.Message(foreign, "incidents");

        var response = await Host.PostAsync(message, Host.Token(Key, foreign));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await Host.State.ListAsync(Scope, CancellationToken.None));
        Assert.DoesNotContain(Fake.Calls, c => c.Host == "localhost");
        Assert.Empty(Fake.TokenRequests);
    }

    [Fact]
    public async Task Activities_from_other_channels_are_acknowledged_but_ignored()
    {
        using var webchat = new TestSigningKey("key-both", "msteams", "webchat");
        lock (Fake.PublishedKeys)
        {
            Fake.PublishedKeys.Add(webchat);
        }

        var activity = TestActivities.Install(Fake.ServiceUrl);
        activity["channelId"] = "webchat";

        var response = await Host.PostAsync(activity, Host.Token(webchat, Fake.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await Host.State.ListAsync(Scope, CancellationToken.None));
    }
}

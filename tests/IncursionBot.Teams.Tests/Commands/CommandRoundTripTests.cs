using System.Net;
using System.Text.Json.Nodes;
using IncursionBot.Core.Incidents;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Teams.Tests.Fakes;

namespace IncursionBot.Teams.Tests.Commands;

public sealed class CommandRoundTripTests : BotTestBase
{
    private static readonly ChannelRef Channel = new("teams", TestActivities.ChannelId);

    [Fact]
    public async Task Incidents_is_answered_in_the_thread_with_a_valid_card_listing_them()
    {
        Host.Incidents.Incidents.Add(TestIncidents.Create(41, Host.Time.GetUtcNow().AddDays(-1), "PL"));
        Host.Incidents.Incidents.Add(TestIncidents.Create(42, Host.Time.GetUtcNow().AddDays(-2), "LT"));
        var message = TestActivities.Message(Fake.ServiceUrl, "incidents Poland drone 7");

        var call = await SendAsync(message);

        Assert.Equal("POST", call.Method);
        Assert.Equal(TestActivities.ChannelId, call.ConversationId);
        Assert.Equal(message["id"]!.GetValue<string>(), call.ActivityId);
        Assert.Equal(message["id"]!.GetValue<string>(), call.Body!["replyToId"]!.GetValue<string>());
        Assert.Equal("Bearer connector-token-1", call.Authorization);
        Contracts.AssertValidCardActivity(call.Body);
        var text = call.Card.ToJsonString();
        Assert.Contains("#41", text);
        Assert.DoesNotContain("#42", text);
    }

    [Fact]
    public async Task Incident_shows_one_incident_with_its_evidence()
    {
        Host.Incidents.Incidents.Add(TestIncidents.Create(7, Host.Time.GetUtcNow().AddHours(-3), reports: 3));

        var call = await SendAsync(TestActivities.Message(Fake.ServiceUrl, "incident #7"));

        Contracts.AssertValidCardActivity(call.Body);
        Assert.Contains("Why it alerted", call.Card.ToJsonString());
        Assert.Contains("news3.example", call.Card.ToJsonString());
    }

    [Fact]
    public async Task Subscribe_takes_multi_word_countries_and_is_listed_then_removed()
    {
        var subscribed = await SendAsync(TestActivities.Message(Fake.ServiceUrl, "subscribe North Macedonia drone"));
        Contracts.AssertValidCardActivity(subscribed.Body);
        var subscription = Assert.Single(await Host.Subscriptions.ListForChannelAsync(Channel, CancellationToken.None));
        Assert.Equal(["MK"], subscription.Countries);
        Assert.Equal([Platform.Drone], subscription.Platforms);

        var listed = await SendAsync(TestActivities.Message(Fake.ServiceUrl, "subscriptions"));
        Contracts.AssertValidCardActivity(listed.Body);
        Assert.Contains("MK", listed.Card.ToJsonString());

        var removed = await SendAsync(TestActivities.Message(Fake.ServiceUrl, $"unsubscribe {subscription.Id}"));
        Contracts.AssertValidCardActivity(removed.Body);
        Assert.Empty(await Host.Subscriptions.ListForChannelAsync(Channel, CancellationToken.None));
    }

    [Fact]
    public async Task Subscribe_in_a_thread_subscribes_the_channel()
    {
        var call = await SendAsync(TestActivities.Message(Fake.ServiceUrl, "subscribe United Kingdom *", TestActivities.ChannelId + ";messageid=99"));

        Assert.Equal(TestActivities.ChannelId + ";messageid=99", call.ConversationId);
        var subscription = Assert.Single(await Host.Subscriptions.ListForChannelAsync(Channel, CancellationToken.None));
        Assert.Equal(["GB"], subscription.Countries);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("what is this")]
    [InlineData("")]
    public async Task Help_and_unknown_input_get_the_help_card(string text)
    {
        var call = await SendAsync(TestActivities.Message(Fake.ServiceUrl, text));

        Contracts.AssertValidCardActivity(call.Body);
        Assert.Contains("IncursionBot commands", call.Card.ToJsonString());
    }

    [Fact]
    public async Task A_personal_chat_without_a_mention_is_answered_in_that_chat()
    {
        const string chat = "a:1personal-chat";

        var call = await SendAsync(TestActivities.Message(Fake.ServiceUrl, "subscriptions", chat, mention: false));

        Assert.Equal(chat, call.ConversationId);
        Contracts.AssertValidCardActivity(call.Body);
    }

    [Fact]
    public async Task Bad_arguments_are_answered_with_the_reason()
    {
        var call = await SendAsync(TestActivities.Message(Fake.ServiceUrl, "incidents Atlantis"));

        Contracts.AssertValidCardActivity(call.Body);
        Assert.Contains("Unknown country", call.Card.ToJsonString());
    }

    private async Task<ConnectorCall> SendAsync(JsonObject message)
    {
        var response = await Host.PostAsync(message, ValidToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Fake.NextCallAsync();
    }
}

public sealed class SubscriptionManagerTests : BotTestBase
{
    private const string Manager = "0f0e0d0c-0000-4000-8000-00000000abcd";

    [Fact]
    public async Task Only_configured_managers_may_subscribe()
    {
        var refused = await SendAsync(TestActivities.Message(Fake.ServiceUrl, "subscribe PL"));
        Assert.Contains("subscription managers", refused.Card.ToJsonString());
        Assert.Empty(await Host.Subscriptions.ListAllAsync(CancellationToken.None));

        var accepted = await SendAsync(TestActivities.Message(Fake.ServiceUrl, "subscribe PL", userAadId: Manager.ToUpperInvariant()));
        Contracts.AssertValidCardActivity(accepted.Body);
        Assert.Single(await Host.Subscriptions.ListAllAsync(CancellationToken.None));
    }

    protected override void Configure(Dictionary<string, string?> settings) => settings["Teams:SubscriptionManagers:0"] = Manager;

    private async Task<ConnectorCall> SendAsync(JsonObject message)
    {
        Assert.Equal(HttpStatusCode.OK, (await Host.PostAsync(message, ValidToken())).StatusCode);
        return await Fake.NextCallAsync();
    }
}

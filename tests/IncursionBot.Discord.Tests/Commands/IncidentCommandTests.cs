using System.Text.Json.Nodes;
using IncursionBot.Core.Incidents;
using IncursionBot.Discord.Tests.Support;

namespace IncursionBot.Discord.Tests.Commands;

public sealed class IncidentCommandTests : CommandTestBase
{
    [Fact]
    public async Task Incidents_lists_matching_incidents_newest_first()
    {
        var now = DateTimeOffset.UtcNow;
        Host.Incidents.Add(
            Samples.Incident(1, ["PL"], [Platform.Drone], reportedAt: now.AddDays(-2)),
            Samples.Incident(2, ["PL"], [Platform.Drone], reportedAt: now.AddHours(-3)),
            Samples.Incident(3, ["EE"], [Platform.FighterJet], reportedAt: now.AddHours(-1)),
            Samples.Incident(4, ["PL"], [Platform.Drone], reportedAt: now.AddDays(-20)));

        var answer = await InteractAsync(InteractionJson.Command("incidents", options: [("country", "Poland"), ("platform", "drone")]));

        Assert.Equal(4, answer["type"]!.GetValue<int>());
        Assert.False(IsEphemeral(answer));
        Assert.Equal("""{"parse":[]}""", answer["data"]!["allowed_mentions"]!.ToJsonString());
        var description = answer["data"]!["embeds"]![0]!["description"]!.ToString();
        Assert.True(description.IndexOf("**#2**", StringComparison.Ordinal) < description.IndexOf("**#1**", StringComparison.Ordinal));
        Assert.DoesNotContain("#3", description, StringComparison.Ordinal);
        Assert.DoesNotContain("#4", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incidents_with_days_looks_further_back()
    {
        Host.Incidents.Add(Samples.Incident(4, ["PL"], reportedAt: DateTimeOffset.UtcNow.AddDays(-20)));

        var answer = await InteractAsync(InteractionJson.Command("incidents", options: [("days", 30)]));

        Assert.Contains("**#4**", answer["data"]!["embeds"]![0]!["description"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incidents_without_matches_says_so()
    {
        var answer = await InteractAsync(InteractionJson.Command("incidents", options: [("country", "EE")]));

        Assert.Contains("No incidents in Estonia in the last 7 days", Content(answer), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("days", 0, "days must be between 1 and 90")]
    [InlineData("days", 91, "days must be between 1 and 90")]
    public async Task Incidents_refuses_days_out_of_range_ephemerally(string option, int value, string message)
    {
        var answer = await InteractAsync(InteractionJson.Command("incidents", options: [(option, value)]));

        Assert.True(IsEphemeral(answer));
        Assert.Contains(message, Content(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incidents_explains_an_unknown_country()
    {
        var answer = await InteractAsync(InteractionJson.Command("incidents", options: [("country", "Atlantis")]));

        Assert.True(IsEphemeral(answer));
        Assert.Contains("Unknown country 'Atlantis'", Content(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incident_shows_every_report_and_why_it_alerted()
    {
        Host.Incidents.Add(Samples.Incident(7, reports: 3));

        var answer = await InteractAsync(InteractionJson.Command("incident", options: [("id", 7)]));

        var embeds = answer["data"]!["embeds"]!.AsArray();
        Assert.Equal(2, embeds.Count);
        var main = embeds[0]!["description"]!.ToString();
        Assert.Contains("https://news.example.com/story/7/1", main, StringComparison.Ordinal);
        Assert.Contains("https://news.example.com/story/7/3", main, StringComparison.Ordinal);
        Assert.Equal("Why it alerted", embeds[1]!["title"]!.ToString());
        Assert.Contains("drones violated Polish airspace", embeds[1]!["description"]!.ToString().Replace("\\", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incident_that_does_not_exist_is_an_ephemeral_error()
    {
        var answer = await InteractAsync(InteractionJson.Command("incident", options: [("id", 999)]));

        Assert.True(IsEphemeral(answer));
        Assert.Contains("no incident #999", Content(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autocomplete_suggests_countries_by_name_and_code_never_more_than_25()
    {
        var typed = await InteractAsync(InteractionJson.Autocomplete("incidents", "country", "pol"));
        var empty = await InteractAsync(InteractionJson.Autocomplete("subscribe", "country", string.Empty));
        var code = await InteractAsync(InteractionJson.Autocomplete("incidents", "country", "ee"));

        Assert.Equal(8, typed["type"]!.GetValue<int>());
        Assert.Equal("PL", typed["data"]!["choices"]![0]!["value"]!.ToString());
        Assert.InRange(empty["data"]!["choices"]!.AsArray().Count, 1, 25);
        Assert.Equal("EE", code["data"]!["choices"]![0]!["value"]!.ToString());
    }

    [Fact]
    public async Task Unknown_commands_get_an_ephemeral_hint()
    {
        var answer = await InteractAsync(InteractionJson.Command("launch"));

        Assert.True(IsEphemeral(answer));
        Assert.Contains("/incidents", Content(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_and_finished_by_editing_the_original()
    {
        Host.Incidents.Add(Samples.Incident(8));
        Host.Incidents.Delay = TimeSpan.FromSeconds(3);

        var answer = await InteractAsync(InteractionJson.Command("incident", options: [("id", 8)]));

        Assert.Equal(5, answer["type"]!.GetValue<int>());
        await Eventually.True(() => Fake.RequestsTo("PATCH", "PATCH /webhooks/{app}/{token}/messages/@original").Any(), "the original response is edited");
        var edit = JsonNode.Parse(Fake.RequestsTo("PATCH", "PATCH /webhooks/{app}/{token}/messages/@original").Single().Body)!;
        Assert.Equal(2, edit["embeds"]!.AsArray().Count);
        Assert.Empty(Fake.ContractErrors);
    }

    [Fact]
    public async Task A_slow_error_replaces_the_deferred_answer_with_an_ephemeral_follow_up()
    {
        Host.Incidents.Delay = TimeSpan.FromSeconds(3);

        var answer = await InteractAsync(InteractionJson.Command("incident", options: [("id", 404)]));

        Assert.Equal(5, answer["type"]!.GetValue<int>());
        await Eventually.True(() => Fake.RequestsTo("POST", "POST /webhooks/{app}/{token}").Any(), "an ephemeral follow-up is sent");
        Assert.Single(Fake.RequestsTo("DELETE", "DELETE /webhooks/{app}/{token}/messages/@original"));
        var followUp = JsonNode.Parse(Fake.RequestsTo("POST", "POST /webhooks/{app}/{token}").Single().Body)!;
        Assert.Equal(64, followUp["flags"]!.GetValue<int>());
        Assert.Empty(Fake.ContractErrors);
    }
}

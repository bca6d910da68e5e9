using System.Text;
using System.Text.Json.Nodes;
using IncursionBot.Core.Alerts;
using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ports;
using IncursionBot.Teams.Cards;
using IncursionBot.Teams.Tests.Fakes;
using IncursionBot.Testing.Schema;

namespace IncursionBot.Teams.Tests.Cards;

public sealed class AlertCardTests
{
    private static readonly DateTimeOffset At = new(2026, 9, 10, 4, 12, 0, TimeSpan.Zero);

    [Fact]
    public void A_single_alert_has_headline_facts_summary_sources_and_open_buttons()
    {
        var card = AlertCardRenderer.Render(TestIncidents.Alert(12, At, reports: 5));

        Contracts.AssertValidCard(card);
        var body = card["body"]!.AsArray();
        Assert.Equal("Drone incursion — Poland", body[0]!["text"]!.GetValue<string>());
        Assert.Equal("Bolder", body[0]!["weight"]!.GetValue<string>());
        var facts = body.Single(b => b!["type"]!.GetValue<string>() == "FactSet")!["facts"]!.AsArray();
        Assert.Contains(facts, f => f!["title"]!.GetValue<string>() == "First reported" && f["value"]!.GetValue<string>() == "2026-09-10 04:12 UTC");
        Assert.Contains(facts, f => f!["title"]!.GetValue<string>() == "Attributed to" && f["value"]!.GetValue<string>() == "Russia");
        var actions = card["actions"]!.AsArray();
        Assert.Equal(CardLimits.MaxOpenActions, actions.Count);
        Assert.All(actions, a => Assert.Equal("Action.OpenUrl", a!["type"]!.GetValue<string>()));
        Assert.Equal("https://news1.example/12/report-1", actions[0]!["url"]!.GetValue<string>());
    }

    [Fact]
    public void Against_the_plain_schema_only_the_teams_width_extension_stands_out()
    {
        var card = AlertCardRenderer.Render(TestIncidents.Alert(12, At, reports: 5));

        var errors = JsonSchemaValidator.Load(ContractPaths.AdaptiveCard15).Validate(card);

        Assert.All(errors, e => Assert.Contains("msteams", e));
    }

    [Fact]
    public void Feed_text_cannot_format_link_or_ping()
    {
        var hostile = Alert("**Breaking** _drones_ [click](https://evil.example) <at>everyone</at> {{DATE(2026-01-01T00:00:00Z)}}\n- list",
            "javascript:alert(1)");

        var card = AlertCardRenderer.Render(new OutgoingAlert([hostile], "k"));

        Contracts.AssertValidCard(card);
        var json = card.ToJsonString();
        var summary = card["body"]![1]!["text"]!.GetValue<string>();
        Assert.Equal("\\*\\*Breaking\\*\\* \\_drones\\_ \\[click\\](https://evil.example) <at>everyone</at> {\u200B{DATE(2026-01-01T00:00:00Z)}\u200B} - list", summary);
        Assert.DoesNotContain("javascript:", json);
        Assert.Null(card["actions"]);
    }

    [Fact]
    public void A_huge_alert_sheds_detail_until_it_fits_25_KB()
    {
        var longUrl = "https://news.example/" + new string('a', 1900);
        var sources = Enumerable.Range(1, 40)
            .Select(i => new AlertSource(new string('T', 400), $"{longUrl}{i}", new string('O', 200), At))
            .ToArray();
        var alert = Alert(new string('S', 5000), longUrl) with { Sources = sources, Headline = new string('H', 1000) };

        var card = AlertCardRenderer.Render(new OutgoingAlert([alert], "k"));

        Contracts.AssertValidCard(card);
        Assert.True(Encoding.UTF8.GetByteCount(card.ToJsonString()) <= CardLimits.MaxCardBytes);
        Assert.Contains("more", card.ToJsonString());
    }

    [Fact]
    public void A_big_group_fits_and_says_how_many_were_left_out()
    {
        var alerts = Enumerable.Range(1, 60).Select(i => TestIncidents.Alert(i, At, reports: 3).Alerts[0]).ToArray();

        var card = AlertCardRenderer.Render(new OutgoingAlert(alerts, "g"));

        Contracts.AssertValidCard(card);
        Assert.True(Encoding.UTF8.GetByteCount(card.ToJsonString()) <= CardLimits.MaxCardBytes);
        Assert.Equal("60 new airspace incursion alerts", card["body"]![0]!["text"]!.GetValue<string>());
        Assert.Contains("and 35 more", card.ToJsonString());
    }

    [Theory]
    [InlineData("1. First", "1\\. First")]
    [InlineData("- dash", "\\- dash")]
    [InlineData("+ plus", "\\+ plus")]
    [InlineData("a `code` ~~strike~~", "a \\`code\\` \\~\\~strike\\~\\~")]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("2025 was calm", "2025 was calm")]
    public void Escaping_covers_block_markers_at_the_start(string text, string expected) =>
        Assert.Equal(expected, CardText.Escape(text));

    [Fact]
    public void Command_cards_are_valid()
    {
        var incident = TestIncidents.Create(3, At, reports: 2);
        JsonObject[] cards =
        [
            CommandCardRenderer.Help(),
            CommandCardRenderer.Help("Unknown command 'x'."),
            CommandCardRenderer.Error("days must be between 1 and 90 (got 400)."),
            CommandCardRenderer.IncidentList(new Core.Queries.IncidentQuery("PL", Platform.Drone, 7), [incident]),
            CommandCardRenderer.IncidentList(new Core.Queries.IncidentQuery(null, null, 7), []),
            CommandCardRenderer.IncidentDetail(incident),
            CommandCardRenderer.SubscriptionList([]),
            CommandCardRenderer.Notice("Subscribed", "Subscription #1: countries PL; platforms any."),
        ];

        Assert.All(cards, Contracts.AssertValidCard);
    }

    private static AlertMessage Alert(string summary, string url) => new(
        9,
        "Drone incursion — Poland",
        [Countries.FindByCode("PL")!],
        [Platform.Drone],
        [Origins.Russia],
        At,
        summary,
        [new AlertSource("Report", url, "Outlet", At)],
        1,
        []);
}

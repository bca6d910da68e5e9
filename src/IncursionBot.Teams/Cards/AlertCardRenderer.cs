using System.Text.Json.Nodes;
using IncursionBot.Core.Alerts;
using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ports;

namespace IncursionBot.Teams.Cards;

/// <summary>
/// Renders alerts as Adaptive Cards: one incident (headline, facts, summary, sources, Open buttons) or a burst of
/// incidents in one card. Detail is shed step by step until the card fits <see cref="CardLimits.MaxCardBytes"/>.
/// </summary>
internal static class AlertCardRenderer
{
    private static readonly Detail[] Levels =
    [
        new(SummaryLength: 600, SourcesListed: 10, Buttons: CardLimits.MaxOpenActions, GroupItems: 25),
        new(SummaryLength: 300, SourcesListed: 5, Buttons: CardLimits.MaxOpenActions, GroupItems: 15),
        new(SummaryLength: 120, SourcesListed: 2, Buttons: 1, GroupItems: 8),
        new(SummaryLength: 0, SourcesListed: 0, Buttons: 0, GroupItems: 3),
    ];

    public static JsonObject Render(OutgoingAlert alert) => alert.IsGroup
        ? Fit(level => Group(alert.Alerts, level))
        : Fit(level => Single(alert.Alerts[0], alert.IsUpdate, level));

    /// <summary>The plain-text line Teams shows in notifications and activity feeds.</summary>
    public static string Summary(OutgoingAlert alert) => alert.IsGroup
        ? $"{alert.Alerts.Count} new airspace incursion alerts"
        : Headline(alert.Alerts[0], alert.IsUpdate);

    /// <summary>The single-incident card with room to spare, for command answers that add more below it.</summary>
    public static List<JsonNode> Body(AlertMessage alert, bool isUpdate) => SingleBody(alert, isUpdate, Levels[1]);

    private static JsonObject Fit(Func<Detail, JsonObject> render)
    {
        JsonObject card = null!;
        foreach (var level in Levels)
        {
            card = render(level);
            if (Card.Bytes(card) <= CardLimits.MaxCardBytes)
            {
                break;
            }
        }

        return card;
    }

    private static JsonObject Single(AlertMessage alert, bool isUpdate, Detail level) =>
        Card.Create(SingleBody(alert, isUpdate, level), Buttons(alert.Sources, level.Buttons), Headline(alert, isUpdate));

    private static string Headline(AlertMessage alert, bool isUpdate) =>
        CardText.Plain((isUpdate ? "Updated: " : string.Empty) + alert.Headline, CardLimits.MaxHeadline);

    private static List<JsonNode> SingleBody(AlertMessage alert, bool isUpdate, Detail level)
    {
        var body = new List<JsonNode>
        {
            Card.Text(CardText.Escape((isUpdate ? "Updated: " : string.Empty) + alert.Headline, CardLimits.MaxHeadline), TextStyle.Heading),
        };
        if (level.SummaryLength > 0 && alert.Summary.Length > 0)
        {
            body.Add(Card.Text(CardText.Escape(alert.Summary, level.SummaryLength), TextStyle.Subtle));
        }

        body.Add(Card.Facts(
        [
            ("Countries", CardText.Escape(string.Join(", ", alert.Countries.Select(c => $"{c.Flag} {c.Name} ({c.Code})")))),
            ("Platform", CardText.Escape(alert.Platforms.Count == 0 ? "Unknown" : string.Join(", ", alert.Platforms.Select(p => p.ToLabel())))),
            ("Attributed to", CardText.Escape(alert.Origins.Count == 0 ? "Unknown" : string.Join(", ", alert.Origins.Select(Origins.ToLabel)))),
            ("First reported", CardText.Escape(TextAlertRenderer.Time(alert.FirstReportedAt))),
            ("Reports", alert.Sources.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Incident", $"#{alert.IncidentId}"),
        ]));
        if (level.SourcesListed > 0 && alert.Sources.Count > 0)
        {
            body.Add(Card.Text("Sources", TextStyle.Bold, separator: true));
            body.AddRange(alert.Sources.Take(level.SourcesListed).Select(s => Card.Text(SourceLine(s))));
            if (alert.Sources.Count > level.SourcesListed)
            {
                body.Add(Card.Text($"and {alert.Sources.Count - level.SourcesListed} more", TextStyle.Subtle));
            }
        }

        return body;
    }

    private static JsonObject Group(IReadOnlyList<AlertMessage> alerts, Detail level)
    {
        var body = new List<JsonNode> { Card.Text($"{alerts.Count} new airspace incursion alerts", TextStyle.Heading) };
        foreach (var alert in alerts.Take(level.GroupItems))
        {
            var items = new List<JsonNode>
            {
                Card.Text($"#{alert.IncidentId} {CardText.Escape(alert.Headline, CardLimits.MaxHeadline)}", TextStyle.Bold),
                Card.Text(CardText.Escape(
                    $"{TextAlertRenderer.Time(alert.FirstReportedAt)} · attributed to {(alert.Origins.Count == 0 ? "unknown" : string.Join(", ", alert.Origins.Select(Origins.ToLabel)))} · {alert.Sources.Count} report{(alert.Sources.Count == 1 ? string.Empty : "s")}"),
                    TextStyle.Subtle),
            };
            if (level.SourcesListed > 0 && alert.Sources.Count > 0)
            {
                items.Add(Card.Text(SourceLine(alert.Sources[0])));
            }

            body.Add(Card.Container(items));
        }

        if (alerts.Count > level.GroupItems)
        {
            body.Add(Card.Text($"and {alerts.Count - level.GroupItems} more; send 'incidents' to the bot to see them all", TextStyle.Subtle, separator: true));
        }

        return Card.Create(body, [], $"{alerts.Count} new airspace incursion alerts");
    }

    private static string SourceLine(AlertSource source)
    {
        var title = source.Title.Length > 0 ? source.Title : source.Url;
        var link = CardText.Link(title, source.Url, CardLimits.MaxSourceTitle) ?? CardText.Escape(title, CardLimits.MaxSourceTitle);
        var outlet = source.Outlet is { Length: > 0 } o ? $" — {CardText.Escape(o, CardLimits.MaxOutlet)}" : string.Empty;
        return $"{link}{outlet}, {CardText.Escape(TextAlertRenderer.Time(source.PublishedAt))}";
    }

    private static IEnumerable<JsonNode> Buttons(IReadOnlyList<AlertSource> sources, int max) => sources
        .Select(s => (Source: s, Url: CardText.SafeUrl(s.Url)))
        .Where(x => x.Url is not null)
        .Take(max)
        .Select(x => Card.OpenUrl(CardText.Plain("Open: " + (x.Source.Outlet is { Length: > 0 } o ? o : new Uri(x.Url!).Host), CardLimits.MaxActionTitle), x.Url!));

    internal sealed record Detail(int SummaryLength, int SourcesListed, int Buttons, int GroupItems);
}

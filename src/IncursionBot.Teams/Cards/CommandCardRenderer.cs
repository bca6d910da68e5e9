using System.Globalization;
using System.Text.Json.Nodes;
using IncursionBot.Core.Alerts;
using IncursionBot.Core.Incidents;
using IncursionBot.Core.Queries;
using IncursionBot.Core.Subscriptions;

namespace IncursionBot.Teams.Cards;

/// <summary>The cards that answer commands: incident lists and details, subscriptions, help and errors.</summary>
internal static class CommandCardRenderer
{
    /// <summary>The commands as the help card and the app manifest list them.</summary>
    public static IReadOnlyList<(string Command, string Description)> Commands { get; } =
    [
        ("incidents", "Recent incidents: incidents [country] [platform] [days], e.g. incidents Poland drone 7"),
        ("incident", "One incident with its reports: incident <id>"),
        ("subscribe", "Alert this conversation: subscribe [country|*] [platform|*], e.g. subscribe North Macedonia drone"),
        ("unsubscribe", "Stop alerts: unsubscribe <id|all>"),
        ("subscriptions", "List this conversation's subscriptions"),
        ("help", "Show the commands"),
    ];

    public static JsonObject Help(string? problem = null)
    {
        var body = new List<JsonNode>();
        if (problem is not null)
        {
            body.Add(Card.Text(CardText.Escape(problem), TextStyle.Attention));
        }

        body.Add(Card.Text("IncursionBot commands", TextStyle.Heading));
        body.Add(Card.Facts(Commands.Select(c => (CardText.Escape(c.Command), CardText.Escape(c.Description)))));
        body.Add(Card.Text(CardText.Escape(
            $"Countries: ISO codes or names (PL, Poland, United Kingdom). Platforms: {string.Join(", ", PlatformNames.All.Select(p => p.ToWire()))}. * means any."),
            TextStyle.Subtle));
        return Card.Create(body, [], "IncursionBot commands: incidents, incident, subscribe, unsubscribe, subscriptions, help");
    }

    public static JsonObject Error(string message) => Card.Create(
        [Card.Text(CardText.Escape(message), TextStyle.Attention), Card.Text("Send help to see the commands.", TextStyle.Subtle)],
        [],
        CardText.Plain(message, 300));

    public static JsonObject Notice(string heading, string message) => Card.Create(
        [Card.Text(CardText.Escape(heading), TextStyle.Heading), Card.Text(CardText.Escape(message))],
        [],
        CardText.Plain($"{heading}: {message}", 300));

    public static JsonObject IncidentList(IncidentQuery query, IReadOnlyList<Incident> incidents)
    {
        JsonObject card = null!;
        foreach (var max in new[] { IncidentQueryService.MaxResults, 10, 5 })
        {
            card = IncidentList(query, incidents, max);
            if (Card.Bytes(card) <= CardLimits.MaxCardBytes)
            {
                break;
            }
        }

        return card;
    }

    public static JsonObject IncidentDetail(Incident incident)
    {
        var alert = AlertComposer.Compose(incident);
        var body = AlertCardRenderer.Body(alert, isUpdate: false);
        var evidence = alert.Evidence.Take(10).ToArray();
        if (evidence.Length > 0)
        {
            body.Add(Card.Text("Why it alerted", TextStyle.Bold, separator: true));
            body.AddRange(evidence.Select(e => Card.Text(CardText.Escape($"{e.Field}={e.Value}: \"{e.Phrase}\"", 240), TextStyle.Subtle)));
        }

        return Card.Create(body, [], CardText.Plain(alert.Headline, CardLimits.MaxHeadline));
    }

    public static JsonObject SubscriptionList(IReadOnlyList<Subscription> subscriptions)
    {
        var heading = subscriptions.Count == 0
            ? "This conversation has no subscriptions."
            : $"This conversation's subscriptions: {subscriptions.Count}";
        var body = new List<JsonNode> { Card.Text(CardText.Escape(heading), TextStyle.Heading) };
        body.AddRange(subscriptions.Select(s => Card.Text(
            $"#{s.Id} {CardText.Escape(s.Describe() + (s.IsStatic ? " (from configuration)" : string.Empty))}")));
        if (subscriptions.Count == 0)
        {
            body.Add(Card.Text("Add one with: subscribe [country] [platform]", TextStyle.Subtle));
        }

        return Card.Create(body, [], heading);
    }

    private static JsonObject IncidentList(IncidentQuery query, IReadOnlyList<Incident> incidents, int max)
    {
        var heading = $"Recent {IncidentQueryService.Describe(query)}: {(incidents.Count == 0 ? "none" : incidents.Count.ToString(CultureInfo.InvariantCulture))}";
        var body = new List<JsonNode> { Card.Text(CardText.Escape(heading), TextStyle.Heading) };
        foreach (var incident in incidents.Take(max))
        {
            var items = new List<JsonNode>
            {
                Card.Text($"#{incident.Id} {CardText.Escape(incident.Headline, CardLimits.MaxHeadline)}", TextStyle.Bold),
                Card.Text(CardText.Escape($"{TextAlertRenderer.Time(incident.FirstReportedAt)} · {incident.Reports.Count} report{(incident.Reports.Count == 1 ? string.Empty : "s")}"), TextStyle.Subtle),
            };
            if (incident.Reports.OrderBy(r => r.PublishedAt).FirstOrDefault() is { } first
                && CardText.Link(first.Title.Length > 0 ? first.Title : first.Url, first.Url, CardLimits.MaxSourceTitle) is { } link)
            {
                items.Add(Card.Text(link));
            }

            body.Add(Card.Container(items));
        }

        if (incidents.Count > max)
        {
            body.Add(Card.Text($"and {incidents.Count - max} more; narrow the query by country, platform or days", TextStyle.Subtle));
        }

        return Card.Create(body, [], heading);
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace IncursionBot.EndToEnd.Tests.Reliability;

/// <summary>One incident named in a message, with the link to its first report when the message shows one.</summary>
public sealed record AlertRef(long IncidentId, string? Url);

/// <summary>
/// A message the fake Discord created (a repeat answered from the nonce is not one): who sent it (the bot token's
/// suffix), where, with which nonce, what its embeds show, and which incidents it alerts. <see cref="Sequence"/> is
/// the order of creation.
/// </summary>
public sealed partial record CreatedMessage(
    long Sequence,
    string Id,
    string Sender,
    string ChannelId,
    string? Nonce,
    IReadOnlyList<string> Titles,
    IReadOnlyList<string> Urls,
    IReadOnlyList<AlertRef> Alerts,
    DateTimeOffset CreatedAt)
{
    public static CreatedMessage From(long sequence, string id, string sender, string channelId, JsonNode body, DateTimeOffset createdAt)
    {
        var embeds = body["embeds"]?.AsArray().OfType<JsonObject>().ToArray() ?? [];
        return new CreatedMessage(
            sequence,
            id,
            sender,
            channelId,
            body["nonce"]?.ToString(),
            embeds.Select(e => e["title"]?.GetValue<string>()).OfType<string>().ToArray(),
            embeds.Select(e => e["url"]?.GetValue<string>()).OfType<string>().ToArray(),
            embeds.SelectMany(AlertsOf).DistinctBy(a => a.IncidentId).ToArray(),
            createdAt);
    }

    /// <summary>
    /// An embed of one incident carries an "Incident" field (<c>#42</c>) and links its first report in its URL or
    /// description; a list embed of a large group has one line per incident starting <c>**#42**</c> with a link.
    /// </summary>
    private static IEnumerable<AlertRef> AlertsOf(JsonObject embed)
    {
        var description = embed["description"]?.GetValue<string>() ?? string.Empty;
        var incidentField = embed["fields"]?.AsArray().OfType<JsonObject>()
            .FirstOrDefault(f => string.Equals(f["name"]?.GetValue<string>(), "Incident", StringComparison.OrdinalIgnoreCase));
        if (incidentField is not null && IncidentNumber().Match(incidentField["value"]?.GetValue<string>() ?? string.Empty) is { Success: true } number)
        {
            var url = embed["url"]?.GetValue<string>() ?? FirstLink(description);
            yield return new AlertRef(long.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture), url);
            yield break;
        }

        foreach (var line in description.Split('\n'))
        {
            if (ListLine().Match(line) is { Success: true } listed)
            {
                yield return new AlertRef(long.Parse(listed.Groups[1].Value, CultureInfo.InvariantCulture), FirstLink(line));
            }
        }
    }

    private static string? FirstLink(string text) => MarkdownLink().Match(text) is { Success: true } link ? link.Groups[1].Value : null;

    [GeneratedRegex(@"#(\d+)")]
    private static partial Regex IncidentNumber();

    [GeneratedRegex(@"^\s*\*\*#(\d+)\*\*")]
    private static partial Regex ListLine();

    // A label's own brackets are escaped (\]), so "](" only occurs where the link target starts.
    [GeneratedRegex(@"\]\((https?://[^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}

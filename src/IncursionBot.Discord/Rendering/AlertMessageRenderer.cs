using System.Globalization;
using IncursionBot.Core.Alerts;
using IncursionBot.Core.Ports;
using IncursionBot.Discord.Rest;

namespace IncursionBot.Discord.Rendering;

/// <summary>The content and embeds of one alert message, within every message limit.</summary>
internal sealed record RenderedMessage(string Content, IReadOnlyList<DiscordEmbed> Embeds);

/// <summary>
/// Renders an <see cref="OutgoingAlert"/>: one full embed for a single alert; for a group, one compact embed per
/// incident when they fit the 10-embed limit, else one embed listing every incident on its own line.
/// </summary>
internal static class AlertMessageRenderer
{
    public const int ListLineTitleLength = 120;

    public static RenderedMessage Render(OutgoingAlert outgoing)
    {
        var alerts = outgoing.Alerts;
        if (alerts.Count == 1)
        {
            var single = AlertEmbedRenderer.Render(alerts[0], EmbedLimits.TotalCharacters, compact: false, withFooter: true);
            var prefix = outgoing.IsUpdate ? "🚨 Updated: " : "🚨 ";
            return new RenderedMessage(prefix + DiscordMarkdown.Escape(alerts[0].Headline, EmbedLimits.MessageContent - prefix.Length), [single]);
        }

        var content = $"🚨 {alerts.Count.ToString(CultureInfo.InvariantCulture)} new airspace incursion alerts";
        if (alerts.Count <= EmbedLimits.EmbedsPerMessage)
        {
            var budget = (EmbedLimits.TotalCharacters - AlertStyle.Footer.Length) / alerts.Count;
            var embeds = alerts
                .Select((a, i) => AlertEmbedRenderer.Render(a, budget, compact: true, withFooter: i == alerts.Count - 1))
                .ToList();
            return new RenderedMessage(content, WithDistinctUrls(embeds));
        }

        return new RenderedMessage(content, [ListEmbed(alerts)]);
    }

    private static DiscordEmbed ListEmbed(IReadOnlyList<AlertMessage> alerts)
    {
        var title = $"{alerts.Count.ToString(CultureInfo.InvariantCulture)} new airspace incursion alerts";
        var text = new BoundedText(Math.Min(EmbedLimits.Description, EmbedLimits.TotalCharacters - title.Length - AlertStyle.Footer.Length));
        text.AddAll(alerts.Select(ListLine).ToList(), "incidents (see /incidents)");
        return new DiscordEmbed(title, text.ToString(), null, alerts.Max(a => a.FirstReportedAt).ToUniversalTime(),
            AlertStyle.Color(alerts[0].Platforms), new EmbedFooter(AlertStyle.Footer), null);
    }

    internal static string ListLine(AlertMessage alert)
    {
        var flags = AlertStyle.Flags(alert.Countries) is { Length: > 0 } f ? f + " " : string.Empty;
        var headline = DiscordMarkdown.Link(alert.Headline, AlertStyle.FirstUrl(alert), ListLineTitleLength);
        return $"**#{alert.IncidentId.ToString(CultureInfo.InvariantCulture)}** {flags}{headline} · {AlertStyle.Time(alert.FirstReportedAt, 'R')} · {AlertStyle.Count(alert.Sources.Count, "report")}";
    }

    // Discord folds embeds that share a URL into one (an image gallery), which would hide incidents.
    private static IReadOnlyList<DiscordEmbed> WithDistinctUrls(List<DiscordEmbed> embeds)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return embeds.Select(e => e.Url is null || seen.Add(e.Url) ? e : e with { Url = null }).ToArray();
    }
}

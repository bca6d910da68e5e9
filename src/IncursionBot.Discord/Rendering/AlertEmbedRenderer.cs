using System.Globalization;
using IncursionBot.Core.Alerts;
using IncursionBot.Discord.Rest;

namespace IncursionBot.Discord.Rendering;

/// <summary>
/// One incident as one embed: title (platform and countries), URL of the first report, escaped summary, every source
/// report linked, fields (countries with flags, platform, origin, first reported, reports, incident id), timestamp,
/// a colour per platform. Everything fits the given budget of the message's 6000 characters.
/// </summary>
internal static class AlertEmbedRenderer
{
    public const int SummaryLength = 1500;
    public const int CompactSummaryLength = 280;
    public const int CompactTitleLength = 120;
    public const int CompactCountriesLength = 180;
    public const int SourceTitleLength = 140;
    public const int CompactSourceLimit = 3;

    public static DiscordEmbed Render(AlertMessage alert, int budget, bool compact, bool withFooter)
    {
        var title = DiscordMarkdown.Escape(alert.Headline, compact ? CompactTitleLength : EmbedLimits.Title);
        var fields = Fields(alert, compact);
        var footer = withFooter ? new EmbedFooter(AlertStyle.Footer) : null;
        var fixedLength = title.Length + (footer?.Text.Length ?? 0) + fields.Sum(f => f.Name.Length + f.Value.Length);
        var description = Description(alert, Math.Clamp(budget - fixedLength, 0, EmbedLimits.Description), compact);
        return new DiscordEmbed(
            title,
            description.Length == 0 ? null : description,
            AlertStyle.FirstUrl(alert) is { Length: > 0 } url ? url : null,
            alert.FirstReportedAt.ToUniversalTime(),
            AlertStyle.Color(alert.Platforms),
            footer,
            fields);
    }

    private static IReadOnlyList<EmbedField> Fields(AlertMessage alert, bool compact) =>
    [
        new("Countries", AlertStyle.CountryList(alert.Countries, compact ? CompactCountriesLength : EmbedLimits.FieldValue), Inline: true),
        new("Platform", AlertStyle.PlatformList(alert.Platforms), Inline: true),
        new("Origin", AlertStyle.OriginList(alert.Origins), Inline: true),
        new("First reported", AlertStyle.Time(alert.FirstReportedAt), Inline: true),
        new("Reports", alert.Sources.Count.ToString(CultureInfo.InvariantCulture), Inline: true),
        new("Incident", $"#{alert.IncidentId.ToString(CultureInfo.InvariantCulture)}", Inline: true),
    ];

    private static string Description(AlertMessage alert, int budget, bool compact)
    {
        var text = new BoundedText(budget);
        var summaryRoom = Math.Min(compact ? CompactSummaryLength : SummaryLength, budget / 2);
        if (summaryRoom > 20 && DiscordMarkdown.Escape(alert.Summary, summaryRoom) is { Length: > 0 } summary)
        {
            text.TryAdd(summary);
            text.TryAdd(string.Empty);
        }

        var lines = alert.Sources
            .Take(compact ? CompactSourceLimit : int.MaxValue)
            .Select(SourceLine)
            .ToList();
        if (lines.Count > 0 && text.TryAdd(alert.Sources.Count == 1 ? "**Source**" : "**Sources**"))
        {
            text.AddAll(lines, "reports");
            if (compact && alert.Sources.Count > CompactSourceLimit)
            {
                text.TryAdd($"… and {alert.Sources.Count - CompactSourceLimit} more reports");
            }
        }

        return text.ToString().Trim();
    }

    private static string SourceLine(AlertSource source)
    {
        var outlet = string.IsNullOrWhiteSpace(source.Outlet) ? string.Empty : " · " + DiscordMarkdown.Escape(source.Outlet, 60);
        return $"• {DiscordMarkdown.Link(source.Title, source.Url, SourceTitleLength)}{outlet}";
    }
}

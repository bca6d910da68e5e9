using System.Globalization;
using System.Text;
using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Alerts;

/// <summary>Renders alerts and incident lists as plain text blocks (console adapter, command line).</summary>
public static class TextAlertRenderer
{
    public const int MaxSummaryLength = 600;

    public static string Render(AlertMessage alert, bool isUpdate = false)
    {
        var text = new StringBuilder();
        text.Append(isUpdate ? "UPDATED " : string.Empty).Append("ALERT #").Append(alert.IncidentId).Append(": ")
            .AppendLine(OneLine(alert.Headline));
        text.Append("  Countries: ").AppendLine(string.Join(", ", alert.Countries.Select(c => $"{c.Name} ({c.Code})")));
        text.Append("  Platform:  ").AppendLine(alert.Platforms.Count == 0 ? "unknown" : string.Join(", ", alert.Platforms.Select(p => p.ToWire())));
        text.Append("  Origin:    ").AppendLine(alert.Origins.Count == 0 ? "unknown" : string.Join(", ", alert.Origins.Select(Origins.ToLabel)));
        text.Append("  First reported: ").AppendLine(Time(alert.FirstReportedAt));
        if (alert.Summary.Length > 0)
        {
            text.Append("  Summary:   ").AppendLine(Truncate(OneLine(alert.Summary), MaxSummaryLength));
        }

        text.Append("  Sources (").Append(alert.Sources.Count).AppendLine("):");
        foreach (var source in alert.Sources)
        {
            text.Append("    - ").Append(Truncate(OneLine(source.Title), 200));
            if (source.Outlet is { Length: > 0 } outlet)
            {
                text.Append(" [").Append(OneLine(outlet)).Append(']');
            }

            text.AppendLine().Append("      ").AppendLine(source.Url);
        }

        return text.ToString();
    }

    public static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>Collapses line breaks and control characters so feed text cannot forge extra lines.</summary>
    public static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c) || char.IsControl(c);
            if (isSpace && !lastWasSpace)
            {
                builder.Append(' ');
            }
            else if (!isSpace)
            {
                builder.Append(c);
            }

            lastWasSpace = isSpace;
        }

        return builder.ToString().Trim();
    }

    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "…");
}

using System.Globalization;

namespace IncursionBot.Sources.Text;

/// <summary>Dates as feeds write them: RFC 3339 (Atom, JSON Feed), RFC 822 (RSS), and the mixtures found in the wild.</summary>
internal static class FeedDates
{
    /// <summary>The instant <paramref name="text"/> names, or null when it cannot be read. A missing zone means UTC.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (char.IsAsciiDigit(trimmed[0]) && trimmed.Length >= 10 && trimmed[4] == '-' && TryIso(trimmed, out var iso))
        {
            return iso;
        }

        if (Rfc822Date.TryParse(trimmed, out var rfc822))
        {
            return rfc822;
        }

        return TryIso(trimmed, out var other) ? other : null;
    }

    private static bool TryIso(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value);
}

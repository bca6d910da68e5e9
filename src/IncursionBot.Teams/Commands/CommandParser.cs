using System.Globalization;
using IncursionBot.Core.Incidents;

namespace IncursionBot.Teams.Commands;

/// <summary>A command line split into its verb (lower case) and arguments.</summary>
internal sealed record ParsedCommand(string Verb, IReadOnlyList<string> Arguments)
{
    public string Rest => string.Join(' ', Arguments);
}

/// <summary>The filters of <c>incidents</c> and <c>subscribe</c> as typed; Core validates the values.</summary>
internal sealed record FilterArguments(string? Country, string? Platform, int? Days);

/// <summary>
/// Parses command text. Filters may come in any order, countries may be several words ("North Macedonia",
/// "United Kingdom"), platforms may be wire names or labels ("fighter_jet", "fighter jet"), <c>*</c> or <c>any</c> mean any.
/// </summary>
internal static class CommandParser
{
    private const int LongestPlatformWords = 3;

    public static ParsedCommand Parse(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length == 0
            ? new ParsedCommand(string.Empty, [])
            : new ParsedCommand(words[0].TrimStart('/').ToLowerInvariant(), words[1..]);
    }

    public static FilterArguments Filters(IReadOnlyList<string> arguments, bool allowDays)
    {
        var words = arguments.ToList();
        int? days = null;
        if (allowDays)
        {
            days = TakeDays(words);
        }

        var platform = TakePlatform(words, fromEnd: true) ?? TakePlatform(words, fromEnd: false);
        if (platform is null && words.Count >= 2 && IsAny(words[^1]))
        {
            platform = "*";
            words.RemoveAt(words.Count - 1);
        }

        var country = words.Count == 0 ? null : string.Join(' ', words);
        return new FilterArguments(country is not null && IsAny(country) ? "*" : country, platform, days);
    }

    private static int? TakeDays(List<string> words)
    {
        var unit = words.FindLastIndex(w => w.Equals("days", StringComparison.OrdinalIgnoreCase) || w.Equals("day", StringComparison.OrdinalIgnoreCase));
        if (unit > 0 && int.TryParse(words[unit - 1], NumberStyles.None, CultureInfo.InvariantCulture, out var counted))
        {
            words.RemoveRange(unit - 1, 2);
            return counted;
        }

        var index = words.FindLastIndex(w => int.TryParse(w.TrimEnd('d', 'D'), NumberStyles.None, CultureInfo.InvariantCulture, out _));
        if (index < 0)
        {
            return null;
        }

        var days = int.Parse(words[index].TrimEnd('d', 'D'), NumberStyles.None, CultureInfo.InvariantCulture);
        words.RemoveAt(index);
        return days;
    }

    private static string? TakePlatform(List<string> words, bool fromEnd)
    {
        for (var count = Math.Min(LongestPlatformWords, words.Count); count >= 1; count--)
        {
            var start = fromEnd ? words.Count - count : 0;
            var candidate = string.Join(' ', words.GetRange(start, count));
            if (PlatformNames.TryParse(candidate, out var platform) || PlatformNames.TryParse(candidate.Replace(' ', '_'), out platform))
            {
                words.RemoveRange(start, count);
                return platform.ToWire();
            }
        }

        return null;
    }

    private static bool IsAny(string word) => word is "*" || word.Equals("any", StringComparison.OrdinalIgnoreCase);
}

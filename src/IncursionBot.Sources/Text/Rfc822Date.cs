using System.Text.RegularExpressions;

namespace IncursionBot.Sources.Text;

/// <summary>
/// A lenient RFC 822 / RFC 2822 date reader: optional weekday, two- or four-digit years, optional seconds, numeric
/// offsets and the named zones feeds actually use. An unknown zone name is read as UTC rather than losing the date.
/// </summary>
internal static partial class Rfc822Date
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["may"] = 5, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8,
        ["sep"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
        // German month abbreviations that differ from English, seen in feeds built with a German locale.
        ["mai"] = 5, ["okt"] = 10, ["dez"] = 12, ["mär"] = 3, ["mrz"] = 3,
    };

    private static readonly Dictionary<string, double> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0, ["WET"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["AKST"] = -9, ["AKDT"] = -8, ["HST"] = -10, ["AST"] = -4, ["ADT"] = -3, ["NST"] = -3.5, ["NDT"] = -2.5,
        ["BST"] = 1, ["WEST"] = 1, ["CET"] = 1, ["MET"] = 1, ["CEST"] = 2, ["MEST"] = 2, ["EET"] = 2, ["EEST"] = 3,
        ["MSK"] = 3, ["JST"] = 9, ["KST"] = 9, ["AEST"] = 10, ["AEDT"] = 11,
    };

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        var match = Pattern().Match(text);
        if (!match.Success || !Months.TryGetValue(match.Groups["month"].Value[..3], out var month))
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].ValueSpan);
        if (match.Groups["year"].Length == 2)
        {
            // RFC 2822 section 4.3: two-digit years below 50 are 20xx.
            year += year < 50 ? 2000 : 1900;
        }

        var day = int.Parse(match.Groups["day"].ValueSpan);
        var hour = Number(match.Groups["hour"]);
        var minute = Number(match.Groups["minute"]);
        var second = Math.Min(Number(match.Groups["second"]), 59);
        if (year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59
            || !TryZone(match.Groups["zone"].Value, out var offset))
        {
            return false;
        }

        value = new DateTimeOffset(year, month, day, hour, minute, second, offset);
        return true;
    }

    private static int Number(Group group) => group.Success ? int.Parse(group.ValueSpan) : 0;

    private static bool TryZone(string zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var token = zone.Trim().Split(' ', '(')[0];
        if (token.StartsWith("GMT", StringComparison.OrdinalIgnoreCase) || token.StartsWith("UTC", StringComparison.OrdinalIgnoreCase))
        {
            token = token.Length > 3 && token[3] is '+' or '-' ? token[3..] : token;
        }

        var numeric = NumericZone().Match(token);
        if (numeric.Success)
        {
            var minutes = Number(numeric.Groups["m"]);
            offset = new TimeSpan(int.Parse(numeric.Groups["h"].ValueSpan), minutes, 0);
            offset = numeric.Groups["sign"].Value == "-" ? -offset : offset;
            return offset <= TimeSpan.FromHours(14);
        }

        if (Zones.TryGetValue(token, out var hours))
        {
            offset = TimeSpan.FromHours(hours);
        }

        return true;
    }

    [GeneratedRegex(@"^(?:[A-Za-z]+\.?,?\s*)?(?<day>\d{1,2})[\s\-]+(?<month>\p{L}{3,})\.?[\s\-,]+(?<year>\d{4}|\d{2})(?:[\sT,]+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:[.,]\d+)?)?)?\s*(?<zone>.*)$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(?<sign>[+-])(?<h>\d{1,2}):?(?<m>\d{2})?$")]
    private static partial Regex NumericZone();
}

using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace IncursionBot.Sources.Rss;

/// <summary>
/// Mends the faults that make real feeds ill-formed: HTML entities XML does not define (<c>&amp;nbsp;</c>),
/// bare ampersands and characters XML forbids. CDATA sections and comments are left alone.
/// </summary>
internal static partial class XmlRepair
{
    private static readonly HashSet<string> XmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    public static string Repair(string xml)
    {
        var builder = new StringBuilder(xml.Length + 64);
        var position = 0;
        foreach (Match raw in RawSections().Matches(xml))
        {
            builder.Append(FixEntities(xml[position..raw.Index]));
            builder.Append(raw.Value);
            position = raw.Index + raw.Length;
        }

        builder.Append(FixEntities(xml[position..]));
        return RemoveInvalidCharacters(builder.ToString());
    }

    private static string FixEntities(string text) => Ampersand().Replace(text, match =>
    {
        var name = match.Groups["name"];
        if (!name.Success)
        {
            // A numeric reference, or a bare "&" that is not a reference at all.
            return match.Groups["numeric"].Success ? match.Value : "&amp;";
        }

        if (XmlEntities.Contains(name.Value))
        {
            return match.Value;
        }

        var decoded = WebUtility.HtmlDecode(match.Value);
        return decoded == match.Value
            ? "&amp;" + match.Value[1..]
            : string.Concat(decoded.EnumerateRunes().Select(r => $"&#{r.Value};"));
    });

    private static string RemoveInvalidCharacters(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (!pair && !XmlConvert.IsXmlChar(text[i]))
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                continue;
            }

            builder?.Append(text, i, pair ? 2 : 1);
            i += pair ? 1 : 0;
        }

        return builder?.ToString() ?? text;
    }

    [GeneratedRegex(@"<!\[CDATA\[.*?\]\]>|<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex RawSections();

    [GeneratedRegex(@"&(?:(?<numeric>#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};)|(?<name>[A-Za-z][A-Za-z0-9]{0,31});)?")]
    private static partial Regex Ampersand();
}

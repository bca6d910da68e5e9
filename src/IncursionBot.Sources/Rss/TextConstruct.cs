using System.Xml.Linq;
using IncursionBot.Sources.Text;

namespace IncursionBot.Sources.Rss;

/// <summary>Atom text constructs: <c>type="text"</c>, <c>"html"</c> (escaped markup) or <c>"xhtml"</c> (an inline div).</summary>
internal static class TextConstruct
{
    public static string ToPlainText(XElement? element)
    {
        if (element is null)
        {
            return string.Empty;
        }

        var type = element.Attribute("type")?.Value.Trim().ToLowerInvariant() ?? "text";
        return type switch
        {
            "html" or "text/html" => HtmlText.ToPlainText(element.Value),
            "xhtml" or "application/xhtml+xml" => HtmlText.ToPlainText(string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))),
            // Atom 0.3 "escaped" mode and plain text both arrive decoded by the XML parser.
            _ when type.StartsWith("text", StringComparison.Ordinal) || type == "escaped" => Whitespace.Normalize(element.Value),
            _ => string.Empty,
        };
    }

    public static string ToSingleLine(XElement? element) => Whitespace.OneLine(ToPlainText(element));
}

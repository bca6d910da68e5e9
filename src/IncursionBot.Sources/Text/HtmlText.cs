using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace IncursionBot.Sources.Text;

/// <summary>Turns feed HTML into the plain text the extractor reads: tags dropped, entities decoded, blocks on their own lines.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "iframe", "object", "svg",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "blockquote", "pre", "section", "article", "header", "footer", "figure", "figcaption", "hr", "aside", "address",
    };

    /// <summary>Plain text of an HTML fragment, paragraphs separated by newlines.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        // Text without markup or entities needs no parser.
        if (html.IndexOfAny(['<', '&']) < 0)
        {
            return Whitespace.Normalize(html);
        }

        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");
        var builder = new StringBuilder(html.Length);
        Append(document.Body ?? (INode)document, builder);
        return Whitespace.Normalize(builder.ToString());
    }

    /// <summary>Plain text on one line, for titles.</summary>
    public static string ToSingleLine(string? html) => Whitespace.OneLine(ToPlainText(html));

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    builder.Append(text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement { LocalName: "br" }:
                    builder.Append('\n');
                    break;
                case IElement element:
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        builder.Append('\n');
                    }

                    Append(element, builder);
                    if (block)
                    {
                        builder.Append('\n');
                    }

                    break;
            }
        }
    }
}

using System.Buffers;
using System.Text;
using IncursionBot.Core.Alerts;

namespace IncursionBot.Teams.Cards;

/// <summary>
/// Makes untrusted text literal inside Adaptive Card <c>TextBlock</c>s and facts, which render a Markdown subset
/// (bold, italic, lists, links: learn.microsoft.com/adaptive-cards/authoring-cards/text-features) and Teams'
/// <c>{{DATE()}}</c>/<c>{{TIME()}}</c> functions. Only what would render is escaped, so clients that show
/// backslashes literally show few of them.
/// </summary>
internal static class CardText
{
    private const char ZeroWidthSpace = '\u200B';

    // Emphasis, links, code and strikethrough; headings, quotes and HTML are not rendered by Adaptive Cards at all.
    private static readonly SearchValues<char> Inline = SearchValues.Create("\\`*_[]~");

    /// <summary>One line, truncated to <paramref name="max"/> characters, every Markdown trigger escaped.</summary>
    public static string Escape(string text, int max = int.MaxValue)
    {
        var plain = TextAlertRenderer.Truncate(TextAlertRenderer.OneLine(text), max);
        var escaped = new StringBuilder(plain.Length + 8);
        for (var i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            if (Inline.Contains(c) || (i == 0 && c is '-' or '+'))
            {
                escaped.Append('\\');
            }
            else if (c == '.' && i > 0 && plain.AsSpan(0, i).IndexOfAnyExceptInRange('0', '9') < 0)
            {
                // "2025. " at the start would render as an ordered list.
                escaped.Append('\\');
            }

            escaped.Append(c);
            if ((c == '{' || c == '}') && i + 1 < plain.Length && plain[i + 1] == c)
            {
                escaped.Append(ZeroWidthSpace);
            }
        }

        return escaped.ToString();
    }

    /// <summary>A Markdown link whose text is escaped and whose URL cannot close the link early; null for a non-web URL.</summary>
    public static string? Link(string text, string url, int maxText)
    {
        if (SafeUrl(url) is not { } safe)
        {
            return null;
        }

        var target = safe.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            .Replace(" ", "%20", StringComparison.Ordinal);
        return $"[{Escape(text, maxText)}]({target})";
    }

    /// <summary>The URL when it is an absolute http(s) URL short enough to link, else null.</summary>
    public static string? SafeUrl(string url) =>
        url.Length <= CardLimits.MaxUrlLength
        && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;

    /// <summary>Plain text for places that render no Markdown (action titles, fallback text): one line, truncated.</summary>
    public static string Plain(string text, int max) => TextAlertRenderer.Truncate(TextAlertRenderer.OneLine(text), max);
}

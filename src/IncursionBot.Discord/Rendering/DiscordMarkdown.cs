using System.Globalization;
using System.Text;

namespace IncursionBot.Discord.Rendering;

/// <summary>
/// Makes untrusted text (feed titles and summaries) inert in Discord markdown: control characters and line breaks
/// collapse to single spaces, markdown and mention characters are backslash-escaped, and truncation never cuts an
/// escape or a surrogate pair in half. Links are built only from absolute http(s) URLs.
/// </summary>
internal static class DiscordMarkdown
{
    public const string Ellipsis = "…";

    // Discord hides a backslash before any ASCII punctuation, so escaping more than needed costs only length.
    private const string Special = "\\*_~`|>#-[]()<@:.+";

    /// <summary>Escapes <paramref name="text"/> on one line, at most <paramref name="max"/> characters (an ellipsis marks a cut).</summary>
    public static string Escape(string? text, int max = int.MaxValue)
    {
        var pieces = new List<string>();
        var length = 0;
        var elements = StringInfo.GetTextElementEnumerator(OneLine(text));
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var piece = element.Length == 1 && Special.Contains(element[0]) ? "\\" + element : element;
            pieces.Add(piece);
            length += piece.Length;
        }

        if (length <= max)
        {
            return string.Concat(pieces);
        }

        var builder = new StringBuilder(max);
        foreach (var piece in pieces)
        {
            if (builder.Length + piece.Length > max - Ellipsis.Length)
            {
                break;
            }

            builder.Append(piece);
        }

        return builder.ToString().TrimEnd() + Ellipsis;
    }

    /// <summary>Cuts plain (already safe) text to <paramref name="max"/> characters without splitting a character.</summary>
    public static string Truncate(string text, int max)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= max)
        {
            return trimmed;
        }

        var cut = max - Ellipsis.Length;
        if (cut > 0 && char.IsHighSurrogate(trimmed[cut - 1]))
        {
            cut--;
        }

        return string.Concat(trimmed.AsSpan(0, Math.Max(0, cut)).TrimEnd(), Ellipsis);
    }

    /// <summary>The URL if it is an absolute http(s) URL Discord accepts, with parentheses encoded so a markdown link cannot be broken out of.</summary>
    public static string? SafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var text = uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            .Replace(" ", "%20", StringComparison.Ordinal);
        return text.Length <= EmbedLimits.Url ? text : null;
    }

    /// <summary>A markdown link with an escaped label, or just the escaped label when the URL is not http(s).</summary>
    public static string Link(string? label, string? url, int maxLabel)
    {
        var text = Escape(string.IsNullOrWhiteSpace(label) ? url : label, maxLabel);
        return SafeUrl(url) is { } safe ? $"[{text}]({safe})" : text;
    }

    /// <summary>Collapses whitespace and control characters (including line breaks) into single spaces.</summary>
    public static string OneLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u2028' or '\u2029' or '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}

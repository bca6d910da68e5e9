using System.Text.RegularExpressions;

namespace IncursionBot.Sources.Text;

/// <summary>Whitespace clean-up shared by every parser.</summary>
internal static partial class Whitespace
{
    /// <summary>Collapses runs of spaces within lines (no-break spaces included), trims every line and keeps at
    /// most one blank line between paragraphs.</summary>
    public static string Normalize(string text)
    {
        var lines = Controls().Replace(text.Replace("\r\n", "\n").Replace('\r', '\n'), " ").Split('\n')
            .Select(line => Spaces().Replace(line, " ").Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    public static string OneLine(string text) => Spaces().Replace(text.Replace('\n', ' '), " ").Trim();

    [GeneratedRegex(@"[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\p{Cc}-[\n]]")]
    private static partial Regex Controls();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}

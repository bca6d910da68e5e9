using System.Text.RegularExpressions;

namespace IncursionBot.Sources.Gdelt;

/// <summary>Undoes GDELT's re-tokenisation of titles ("Today , May 14 :" becomes "Today, May 14:").</summary>
internal static partial class GdeltTitle
{
    public static string Normalize(string title) =>
        Spaces().Replace(SpaceBeforePunctuation().Replace(title, "$1"), " ").Trim();

    [GeneratedRegex(@"\s+([,.:;!?])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace IncursionBot.Testing.Schema;

/// <summary>
/// Compiles JSON Schema (ECMA-262) patterns with .NET <see cref="Regex"/>, adjusting the differences that matter:
/// <c>\d</c> is ASCII-only and <c>$</c> matches only at the very end (not before a final newline, so it becomes <c>\z</c>). Matching has a timeout.
/// </summary>
internal static class EcmaRegex
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    public static Regex Get(string pattern) => Cache.GetOrAdd(pattern, p =>
    {
        try
        {
            return new Regex(Translate(p), RegexOptions.CultureInvariant, Timeout);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"Schema pattern '{p}' is not a valid regular expression: {ex.Message}", ex);
        }
    });

    /// <summary>True when <paramref name="pattern"/> matches anywhere in <paramref name="text"/> (patterns are not anchored).</summary>
    public static bool IsMatch(string pattern, string text)
    {
        try
        {
            return Get(pattern).IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    internal static string Translate(string pattern)
    {
        var result = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var ch = pattern[i];
            if (ch == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[++i];
                result.Append(next switch
                {
                    'd' => inClass ? "0-9" : "[0-9]",
                    'D' when !inClass => "[^0-9]",
                    _ => "\\" + next,
                });
                continue;
            }

            if (inClass)
            {
                inClass = ch != ']';
                result.Append(ch);
            }
            else if (ch == '[')
            {
                inClass = true;
                result.Append(ch);
                if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                {
                    result.Append(pattern[++i]);
                }
            }
            else
            {
                result.Append(ch == '$' ? "\\z" : ch.ToString());
            }
        }

        return result.ToString();
    }
}

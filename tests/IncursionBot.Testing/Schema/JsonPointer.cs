using System.Text.Json;

namespace IncursionBot.Testing.Schema;

/// <summary>RFC 6901 JSON pointers in URI-fragment form (<c>#/a/b~1c</c>), resolved against a document.</summary>
internal static class JsonPointer
{
    /// <summary>Normalises "#/a/b", "/a/b", "#" and "" to the canonical fragment form "#/a/b" (or "#").</summary>
    public static string Normalize(string pointer)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        var fragment = pointer.StartsWith('#') ? pointer[1..] : pointer;
        if (fragment.Length > 0 && fragment[0] != '/')
        {
            throw new ArgumentException($"'{pointer}' is not a JSON pointer (expected '#' or '#/...').", nameof(pointer));
        }

        return "#" + fragment;
    }

    /// <summary>Splits a normalised pointer into unescaped reference tokens (percent-decoding first, then ~1 and ~0).</summary>
    public static IReadOnlyList<string> Tokens(string pointer)
    {
        var fragment = Uri.UnescapeDataString(Normalize(pointer)[1..]);
        if (fragment.Length == 0)
        {
            return [];
        }

        return fragment[1..].Split('/')
            .Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))
            .ToArray();
    }

    /// <summary>Escapes one token for use in a pointer.</summary>
    public static string Escape(string token) =>
        token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>Finds the element <paramref name="pointer"/> designates, or returns false.</summary>
    public static bool TryResolve(JsonElement root, string pointer, out JsonElement target)
    {
        target = root;
        foreach (var token in Tokens(pointer))
        {
            if (target.ValueKind == JsonValueKind.Object && target.TryGetProperty(token, out var child))
            {
                target = child;
            }
            else if (target.ValueKind == JsonValueKind.Array && IsIndex(token, out var index) && index < target.GetArrayLength())
            {
                target = target[index];
            }
            else
            {
                target = default;
                return false;
            }
        }

        return true;
    }

    private static bool IsIndex(string token, out int index)
    {
        index = -1;
        var canonical = token == "0" || (token.Length > 0 && token[0] != '0' && token.All(char.IsAsciiDigit));
        return canonical && int.TryParse(token, out index);
    }
}

using System.Text;

namespace IncursionBot.Sources.Gdelt;

/// <summary>
/// Makes GDELT's JSON acceptable to a strict reader: GDELT copies titles verbatim, so strings can carry raw control
/// characters and stray backslashes. Control characters become spaces; a backslash that starts no valid escape is dropped.
/// </summary>
internal static class GdeltJson
{
    public static string Sanitize(string json)
    {
        var builder = new StringBuilder(json.Length);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (!inString)
            {
                inString = c == '"';
                builder.Append(c < ' ' && c is not ('\t' or '\n' or '\r') ? ' ' : c);
                continue;
            }

            if (c == '\\')
            {
                if (IsValidEscape(json, i))
                {
                    builder.Append(c).Append(json[++i]);
                }

                continue;
            }

            inString = c != '"';
            builder.Append(c < ' ' ? ' ' : c);
        }

        return builder.ToString();
    }

    private static bool IsValidEscape(string json, int backslash)
    {
        if (backslash + 1 >= json.Length)
        {
            return false;
        }

        return json[backslash + 1] switch
        {
            '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't' => true,
            'u' => backslash + 5 < json.Length && !json.AsSpan(backslash + 2, 4).ContainsAnyExcept("0123456789abcdefABCDEF"),
            _ => false,
        };
    }
}

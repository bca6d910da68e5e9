namespace IncursionBot.Core.Extraction.Text;

/// <summary>
/// Folds text to lower case without diacritics, one output character per input character so spans stay aligned
/// with the original text (Rzeszów → rzeszow, Liège → liege, Ł → l, ø → o).
/// </summary>
internal static class TextFolder
{
    private const string Groups =
        "a:àáâãäåāăąǎȁȃạảấầẩẫậắằẳẵặæ|c:çćĉċč|d:ďđð|e:èéêëēĕėęěȅȇẹẻẽếềểễệ|g:ĝğġģ|h:ĥħ|i:ìíîïĩīĭįıǐȉȋỉị|j:ĵ|" +
        "k:ķ|l:ĺļľŀł|n:ñńņňŉ|o:òóôõöøōŏőǒȍȏọỏốồổỗộớờởỡợœ|r:ŕŗřȑȓ|s:śŝşšșß|t:ţťŧțþ|u:ùúûüũūŭůűųǔȕȗụủứừửữự|" +
        "w:ŵ|y:ýÿŷỳỹ|z:źżž";

    private static readonly char[] Table = BuildTable();

    /// <summary>Writes the folded form of <paramref name="source"/> into <paramref name="target"/> (same length).</summary>
    public static void Fold(ReadOnlySpan<char> source, Span<char> target)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            target[i] = c < Table.Length ? Table[c] : FoldRare(c);
        }

        CollapseDottedAbbreviations(target);
    }

    public static string Fold(string source)
    {
        var buffer = new char[source.Length];
        Fold(source, buffer);
        return new string(buffer);
    }

    private static char FoldRare(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u02BC' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        '\u00A0' or '\u2009' or '\u202F' or '\u200B' => ' ',
        _ => char.ToLowerInvariant(c),
    };

    // "U.S." and "U.K." become "us" and "uk" followed by blanks, so they are one token and do not end a sentence.
    private static void CollapseDottedAbbreviations(Span<char> text)
    {
        for (var i = 0; i + 3 < text.Length; i++)
        {
            if (char.IsLetter(text[i]) && text[i + 1] == '.' && char.IsLetter(text[i + 2]) && text[i + 3] == '.'
                && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsLetter(text[i + 4])))
            {
                text[i + 1] = text[i + 2];
                text[i + 2] = ' ';
                text[i + 3] = ' ';
                i += 3;
            }
        }
    }

    private static char[] BuildTable()
    {
        var table = new char[0x2000];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = FoldRare(char.ToLowerInvariant((char)c));
        }

        foreach (var group in Groups.Split('|'))
        {
            var plain = group[0];
            foreach (var accented in group[2..])
            {
                table[accented] = plain;
                table[char.ToUpperInvariant(accented)] = plain;
            }
        }

        return table;
    }
}

namespace IncursionBot.Core.Extraction.Text;

/// <summary>An item's title and text, folded and split into tokens and sentences in one pass.</summary>
internal sealed class Document
{
    private static readonly HashSet<string> Abbreviations =
    [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "brig", "sgt", "capt", "cmdr", "adm", "st", "no", "vs",
        "etc", "inc", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "gov", "sen", "rep", "prof", "approx", "dept", "mt", "ft", "vol", "ed",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly List<Token> _tokens = new(256);
    private readonly List<Sentence> _sentences = new(32);
    private int _titleSentences;
    private int _textSentences;
    private bool _clauseBreak;

    public Document(string title, string text)
    {
        Original = text.Length == 0 ? title : string.Concat(title, "\n", text);
        var folded = new char[Original.Length];
        TextFolder.Fold(Original, folded);
        Folded = folded;
        Split(title.Length);
    }

    public string Original { get; }

    public char[] Folded { get; }

    public IReadOnlyList<Token> Tokens => _tokens;

    public IReadOnlyList<Sentence> Sentences => _sentences;

    public ReadOnlySpan<char> Word(int token) => Folded.AsSpan(_tokens[token].Start, _tokens[token].Length);

    public bool Is(int token, string word) => token >= 0 && token < _tokens.Count && Word(token).SequenceEqual(word);

    /// <summary>The original text from the start of one token to the end of another.</summary>
    public string Span(int firstToken, int lastToken)
    {
        var start = _tokens[firstToken].Start;
        var end = _tokens[lastToken].Start + _tokens[lastToken].Length;
        return Original[start..end];
    }

    private void Split(int titleLength)
    {
        var zone = Zone.Title;
        var sentenceStart = 0;
        var text = Folded.AsSpan();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                AddToken(start, i - start);
                // A possessive "'s" adds nothing a lookup needs.
                if (i + 1 < text.Length && text[i] == '\'' && text[i + 1] == 's' && (i + 2 == text.Length || !char.IsLetter(text[i + 2])))
                {
                    i += 2;
                }

                continue;
            }

            if (c is ',' or ';' or ':' or '(' or ')' || (c == '-' && i > 0 && text[i - 1] == ' '))
            {
                _clauseBreak = true;
            }

            var ends = c is '\n' or '|' || (c is '!' or '?' && Boundary(text, i + 1)) || (c == '.' && FullStop(text, i));
            if (ends || i == titleLength)
            {
                EndSentence(ref sentenceStart, zone);
            }

            if (i == titleLength)
            {
                zone = Zone.Text;
            }

            i++;
        }

        EndSentence(ref sentenceStart, zone);
    }

    private void AddToken(int start, int length)
    {
        var original = Original.AsSpan(start, length);
        var capitalized = char.IsUpper(original[0]);
        var allCaps = length >= 2 && capitalized && !original.ContainsAnyInRange('a', 'z');
        _tokens.Add(new Token(start, length, _sentences.Count, capitalized, allCaps, _clauseBreak));
        _clauseBreak = false;
    }

    private void EndSentence(ref int sentenceStart, Zone zone)
    {
        if (_tokens.Count == sentenceStart)
        {
            return;
        }

        var ordinal = zone == Zone.Title ? _titleSentences++ : _textSentences++;
        _sentences.Add(new Sentence(zone, ordinal, sentenceStart, _tokens.Count - sentenceStart));
        sentenceStart = _tokens.Count;
    }

    private bool FullStop(ReadOnlySpan<char> text, int dot)
    {
        if (!Boundary(text, dot + 1) || _tokens.Count == 0)
        {
            return false;
        }

        var last = _tokens[^1];
        if (last.Start + last.Length != dot)
        {
            return true;
        }

        var word = text.Slice(last.Start, last.Length);
        return word.Length > 1 && !AbbreviationLookup.Contains(word) && !NextIsLower(text, dot + 1);
    }

    private static bool Boundary(ReadOnlySpan<char> text, int at) => at >= text.Length || char.IsWhiteSpace(text[at]) || text[at] is '"' or '\'' or ')';

    private bool NextIsLower(ReadOnlySpan<char> folded, int from)
    {
        for (var j = from; j < folded.Length; j++)
        {
            if (!char.IsWhiteSpace(folded[j]))
            {
                return char.IsLower(Original[j]);
            }
        }

        return false;
    }
}

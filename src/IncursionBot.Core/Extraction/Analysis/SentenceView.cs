using IncursionBot.Core.Extraction.Text;

namespace IncursionBot.Core.Extraction.Analysis;

/// <summary>One sentence's words; positions outside the sentence read as empty.</summary>
internal readonly record struct SentenceView(Document Document, Sentence Sentence)
{
    public ReadOnlySpan<char> Word(int token) =>
        token >= Sentence.FirstToken && token < Sentence.EndToken ? Document.Word(token) : [];

    public bool IsNumber(int token) => Word(token) is { Length: > 0 } word && char.IsDigit(word[0]);

    /// <summary>"from" or "via" stands within four words before the token ("from the direction of Belarus").</summary>
    public bool From(int token)
    {
        for (var i = token - 1; i >= token - 4; i--)
        {
            if (Word(i) is "from" or "via")
            {
                return true;
            }
        }

        return false;
    }
}

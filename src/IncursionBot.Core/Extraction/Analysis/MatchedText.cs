using IncursionBot.Core.Extraction.Lexicon;
using IncursionBot.Core.Extraction.Text;

namespace IncursionBot.Core.Extraction.Analysis;

/// <summary>A lexicon phrase found in the text: its first token, its length in tokens and its meaning.</summary>
internal readonly record struct Match(int Token, int Length, Term Term)
{
    public int End => Token + Length;
}

/// <summary>
/// The document with every lexicon phrase found by one left-to-right longest-match pass, plus per-token scopes:
/// which tokens sit in background (recap) or hypothetical clauses.
/// </summary>
internal sealed class MatchedText
{
    private readonly List<Match> _matches = new(64);

    public MatchedText(Document document, PhraseTrie trie)
    {
        Document = document;
        var count = document.Tokens.Count;
        Recap = new bool[count];
        Hypothetical = new bool[count];
        foreach (var sentence in document.Sentences)
        {
            var firstMatch = _matches.Count;
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                var terms = trie.Longest(document, i, sentence.EndToken, out var length);
                if (terms is null)
                {
                    i++;
                    continue;
                }

                foreach (var term in terms)
                {
                    _matches.Add(new Match(i, length, term));
                }

                i += length;
            }

            SentenceMatches.Add((firstMatch, _matches.Count - firstMatch));
            MarkScopes(sentence, firstMatch);
        }
    }

    public Document Document { get; }

    public IReadOnlyList<Match> Matches => _matches;

    /// <summary>Per sentence: index of its first match and the number of matches.</summary>
    public List<(int First, int Count)> SentenceMatches { get; } = [];

    public bool[] Recap { get; }

    public bool[] Hypothetical { get; }

    public ReadOnlySpan<Match> In(int sentence)
    {
        var (first, count) = SentenceMatches[sentence];
        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_matches).Slice(first, count);
    }

    // Forward markers ("amid", "comes after", "could") cover the rest of the sentence from where they stand; the
    // others ("last month", "earlier this year") cover the clause they stand in.
    private void MarkScopes(Sentence sentence, int firstMatch)
    {
        for (var m = firstMatch; m < _matches.Count; m++)
        {
            // A headline is the news itself: its "in September" dates the event rather than recalling it.
            if (_matches[m].Term is not CueTerm { Kind: CueKind.Recap or CueKind.Hypothetical } cue
                || (cue.Kind == CueKind.Recap && sentence.Zone == Zone.Title))
            {
                continue;
            }

            var target = cue.Kind == CueKind.Recap ? Recap : Hypothetical;
            var forward = cue.Kind == CueKind.Hypothetical || cue.Label == "forward";
            var start = forward ? _matches[m].Token : ClauseStart(sentence, _matches[m].Token);
            var end = forward ? sentence.EndToken : ClauseEnd(sentence, _matches[m].End);
            Array.Fill(target, true, start, end - start);
        }
    }

    private int ClauseStart(Sentence sentence, int token)
    {
        var i = token;
        while (i > sentence.FirstToken && !Document.Tokens[i].ClauseBreak)
        {
            i--;
        }

        return i;
    }

    private int ClauseEnd(Sentence sentence, int token)
    {
        var i = token;
        while (i < sentence.EndToken && !Document.Tokens[i].ClauseBreak)
        {
            i++;
        }

        return i;
    }
}

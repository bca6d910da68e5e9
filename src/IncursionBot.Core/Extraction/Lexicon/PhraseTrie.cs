using IncursionBot.Core.Extraction.Text;

namespace IncursionBot.Core.Extraction.Lexicon;

/// <summary>Phrases as token sequences; a lookup walks tokens from one position and returns the longest phrase.</summary>
internal sealed class PhraseTrie
{
    private readonly Node _root = new();

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> words, Term term)
    {
        var node = _root;
        foreach (var word in words)
        {
            node = node.Child(word);
        }

        node.Terms ??= [];
        if (!node.Terms.Contains(term))
        {
            node.Terms.Add(term);
            Count++;
        }
    }

    /// <summary>The terms of the longest phrase starting at <paramref name="from"/> and ending before <paramref name="limit"/>.</summary>
    public IReadOnlyList<Term>? Longest(Document document, int from, int limit, out int length)
    {
        IReadOnlyList<Term>? best = null;
        length = 0;
        var node = _root;
        for (var i = from; i < limit; i++)
        {
            if (!node.TryNext(document.Word(i), out node))
            {
                break;
            }

            if (node.Terms is { Count: > 0 })
            {
                best = node.Terms;
                length = i - from + 1;
            }
        }

        return best;
    }

    private sealed class Node
    {
        private Dictionary<string, Node>? _children;
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public List<Term>? Terms { get; set; }

        public Node Child(string word)
        {
            if (_children is null)
            {
                _children = new Dictionary<string, Node>(StringComparer.Ordinal);
                _lookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            if (!_children.TryGetValue(word, out var child))
            {
                child = new Node();
                _children[word] = child;
            }

            return child;
        }

        public bool TryNext(ReadOnlySpan<char> word, out Node next)
        {
            if (_children is not null && _lookup.TryGetValue(word, out var found))
            {
                next = found;
                return true;
            }

            next = this;
            return false;
        }
    }
}

using System.Globalization;
using IncursionBot.Core.Extraction.Text;
using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Extraction.Lexicon;

/// <summary>
/// The gazetteer and cue phrases in one token trie, built once per process from <see cref="PlaceData"/> and
/// <see cref="TermData"/>.
/// </summary>
internal sealed class ExtractionLexicon
{
    private static readonly Lazy<ExtractionLexicon> LazyShared = new(() => new ExtractionLexicon(PlaceData.Lines, TermData.Lines));

    private ExtractionLexicon(params string[] sources)
    {
        foreach (var source in sources)
        {
            foreach (var raw in source.Split('\n'))
            {
                var line = raw.Trim();
                if (line.Length > 0 && line[0] != '#')
                {
                    AddLine(line);
                }
            }
        }
    }

    public static ExtractionLexicon Shared => LazyShared.Value;

    public PhraseTrie Trie { get; } = new();

    private void AddLine(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            throw new FormatException($"Lexicon line without ':': {line}");
        }

        var head = line[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var phrases = line[(colon + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var plural = false;
        Term term = head[0] switch
        {
            "place" => PlaceTerm(head),
            "platform" => PlatformTerm(head, out plural),
            "cue" => new CueTerm(Enum.Parse<CueKind>(head[1], ignoreCase: true), double.Parse(head[2], CultureInfo.InvariantCulture), head.Length > 3 ? head[3] : head[1]),
            "neutral" => new NeutralTerm("neutral"),
            _ => throw new FormatException($"Unknown lexicon line kind: {line}"),
        };

        foreach (var phrase in phrases)
        {
            var words = Words(phrase);
            if (words.Count == 0)
            {
                continue;
            }

            Trie.Add(words, term is PlaceTerm place ? place with { Key = string.Join(' ', words) } : term);
            if (plural && !words[^1].EndsWith('s'))
            {
                Trie.Add([.. words.SkipLast(1), words[^1] + "s"], term);
            }
        }
    }

    // The key is filled in per phrase: every spelling of one place folds to the same key.
    private static PlaceTerm PlaceTerm(string[] head)
    {
        var role = head[2].Split('=');
        var parsed = role[0] == "adj" ? PlaceRole.Adjective : Enum.Parse<PlaceRole>(role[0], ignoreCase: true);
        return new PlaceTerm(head[1], parsed, string.Empty, role.Length > 1 ? role[1] : null);
    }

    private static PlatformTerm PlatformTerm(string[] head, out bool plural)
    {
        plural = true;
        var role = Enum.Parse<PlatformRole>(head[2], ignoreCase: true);
        Platform? platform = head[1] == "-" ? null
            : PlatformNames.TryParse(head[1], out var parsed) ? parsed
            : throw new FormatException($"Unknown platform {head[1]}");
        return new PlatformTerm(platform, role);
    }

    private static List<string> Words(string phrase)
    {
        var document = new Document(phrase, string.Empty);
        var words = new List<string>(document.Tokens.Count);
        for (var i = 0; i < document.Tokens.Count; i++)
        {
            words.Add(document.Word(i).ToString());
        }

        return words;
    }
}

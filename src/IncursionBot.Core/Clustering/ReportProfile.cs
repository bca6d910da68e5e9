using IncursionBot.Core.Extraction.Lexicon;
using IncursionBot.Core.Extraction.Text;
using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Clustering;

/// <summary>
/// What clustering compares between reports, read from the title and the first sentences (where the event is,
/// not the background): content words (folded, crudely singularised, stop words dropped, a state's names and
/// adjectives folded to its code) and, apart from the words, the member states' towns, airports and bases named
/// there, each with the town it belongs to.
/// </summary>
internal sealed class ReportProfile
{
    private const int LeadSentences = 2;

    private static readonly HashSet<string> StopWords =
    [
        "the", "and", "for", "with", "from", "after", "over", "into", "onto", "was", "were", "are", "has", "have", "had",
        "been", "being", "said", "say", "says", "that", "this", "these", "those", "its", "their", "they", "them", "than",
        "then", "but", "not", "about", "more", "also", "which", "who", "whom", "will", "would", "could", "can", "may",
        "might", "should", "there", "here", "when", "where", "while", "what", "why", "how", "all", "any", "some", "one",
        "two", "three", "four", "five", "his", "her", "she", "him", "our", "your", "you", "out", "off", "per", "via",
        "according", "reported", "report", "reports", "news", "agency", "told", "statement", "due", "near", "other",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "evening", "morning",
        "today", "yesterday", "late", "early", "hours", "hour", "time", "new", "latest", "update",
    ];

    private ReportProfile()
    {
    }

    public HashSet<string> TitleWords { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Places { get; } = new(StringComparer.Ordinal);

    public static ReportProfile Of(string title, string text, PhraseTrie trie)
    {
        var profile = new ReportProfile();
        var document = new Document(title, text);
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Zone == Zone.Text && sentence.Ordinal >= LeadSentences)
            {
                break;
            }

            profile.Read(document, sentence, trie);
        }

        return profile;
    }

    /// <summary>Word overlap: the better Dice coefficient of the two titles or of title and lead together.</summary>
    public double WordOverlap(ReportProfile other) => Math.Max(Dice(TitleWords, other.TitleWords), Dice(Words, other.Words));

    private void Read(Document document, Sentence sentence, PhraseTrie trie)
    {
        var i = sentence.FirstToken;
        while (i < sentence.EndToken)
        {
            var terms = trie.Longest(document, i, sentence.EndToken, out var length);
            var place = terms?.OfType<PlaceTerm>().FirstOrDefault(p => Countries.FindByCode(p.Code) is not null);
            if (place is null)
            {
                AddWord(sentence, document.Word(i));
                i++;
                continue;
            }

            // Regions are left out: "North Jutland" and "Aalborg" name one event at two scales.
            if (place.Role is PlaceRole.City or PlaceRole.Capital or PlaceRole.Airport or PlaceRole.Base)
            {
                Places.Add(place.Key);
                Places.Add(place.Locality ?? place.Key);
            }
            else
            {
                AddWord(sentence, "@" + place.Code);
            }

            i += length;
        }
    }

    private void AddWord(Sentence sentence, ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || char.IsDigit(word[0]))
        {
            return;
        }

        // "drones"/"drone" and "sightings"/"sighting" should meet; a crude plural cut does that well enough.
        var stem = word.Length > 4 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
        var text = stem.ToString();
        if (StopWords.Contains(text))
        {
            return;
        }

        Words.Add(text);
        if (sentence.Zone == Zone.Title)
        {
            TitleWords.Add(text);
        }
    }

    private static double Dice(HashSet<string> first, HashSet<string> second) =>
        first.Count == 0 || second.Count == 0 ? 0 : 2.0 * first.Count(second.Contains) / (first.Count + second.Count);
}

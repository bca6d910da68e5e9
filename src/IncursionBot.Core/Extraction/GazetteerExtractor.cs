using IncursionBot.Core.Extraction.Analysis;
using IncursionBot.Core.Extraction.Lexicon;
using IncursionBot.Core.Extraction.Text;
using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Extraction;

/// <summary>
/// Rule-based extraction over a gazetteer: one pass tokenises the item, one longest-match walk over a token trie
/// finds places, platforms and cues, and per-sentence rules weigh them (the title most, the lead more than the
/// background). Build once and share: the lexicon is loaded on first use and the extractor is thread-safe.
/// </summary>
public sealed class GazetteerExtractor : IIncursionExtractor
{
    private readonly ExtractionLexicon _lexicon = ExtractionLexicon.Shared;

    public Incidents.Extraction Extract(string title, string text)
    {
        title ??= string.Empty;
        var document = new Document(title, text ?? string.Empty);
        var matched = new MatchedText(document, _lexicon.Trie);
        var sentences = new SentenceFacts[document.Sentences.Count];
        for (var i = 0; i < sentences.Length; i++)
        {
            sentences[i] = new SentenceReader(matched, i).Read();
            IncursionJudge.Score(sentences[i]);
        }

        if (sentences.Length > 0 && title.TrimEnd().EndsWith('?'))
        {
            // A question headline frames a discussion, not a report.
            sentences[0].Against += Weights.QuestionTitle * sentences[0].Weight;
        }

        var evidence = new List<Evidence>();
        var isIncursion = IncursionJudge.Decide(document, sentences, out var eventScore, out var againstScore);
        if (!isIncursion)
        {
            evidence.Add(WhyNot(document, sentences, eventScore, againstScore));
            return new Incidents.Extraction(false, [], [], [], evidence);
        }

        var bestEvent = sentences.MaxBy(s => s.Event)!;
        evidence.Add(new Evidence("is_incursion", "true", Phrase(document, bestEvent.Index, Math.Max(bestEvent.CueToken, document.Sentences[bestEvent.Index].FirstToken), 1)));

        var countries = CountryRanker.Rank(sentences);
        evidence.AddRange(countries.Select(c => new Evidence("country", c.Code, Phrase(document, document.Tokens[c.Best.Token].Sentence, c.Best.Token, c.Best.Length))));

        var platforms = PlatformRanker.Rank(sentences);
        evidence.AddRange(platforms.Select(p => new Evidence("platform", p.Platform.ToWire(), Phrase(document, p.Sentence.Index, p.Best.Token, p.Best.Length))));

        var origins = OriginRanker.Rank(sentences);
        evidence.AddRange(origins.Select(o => new Evidence("origin", o.Code, Phrase(document, document.Tokens[o.Best.Token].Sentence, o.Best.Token, o.Best.Length))));

        return new Incidents.Extraction(
            true,
            countries.Select(c => c.Code).ToArray(),
            platforms.Select(p => p.Platform).ToArray(),
            origins.Count == 0 ? [Origins.Unknown] : origins.Select(o => o.Code).ToArray(),
            evidence);
    }

    private static Evidence WhyNot(Document document, SentenceFacts[] sentences, double eventScore, double againstScore)
    {
        var against = sentences.Where(s => s.Negatives.Count > 0).MaxBy(s => s.Against);
        if (eventScore > 0 && against is not null)
        {
            var negative = against.Negatives[0];
            return new Evidence("is_incursion", "false", Phrase(document, against.Index, negative.Token, negative.Length));
        }

        var best = sentences.Length == 0 ? null : sentences.MaxBy(s => s.Event);
        return best is { Event: > 0 }
            ? new Evidence("is_incursion", "false", "weak event: " + Phrase(document, best.Index, Math.Max(best.CueToken, document.Sentences[best.Index].FirstToken), 1))
            : new Evidence("is_incursion", "false", againstScore > 0 ? "no event sentence; framed as other news" : "no event sentence");
    }

    /// <summary>A few words either side of a mention, within its sentence, as the original text has them.</summary>
    private static string Phrase(Document document, int sentenceIndex, int token, int length)
    {
        var sentence = document.Sentences[sentenceIndex];
        var first = Math.Max(sentence.FirstToken, token - 4);
        var last = Math.Min(sentence.EndToken - 1, token + length + 3);
        return document.Span(first, last);
    }
}

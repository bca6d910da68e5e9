using IncursionBot.Core.Extraction.Lexicon;
using IncursionBot.Core.Extraction.Text;

namespace IncursionBot.Core.Extraction.Analysis;

/// <summary>
/// Scores each sentence for "reports an incursion event in watched airspace" and for framing against it, and
/// decides the item: an event must reach the threshold and outweigh the framing against it.
/// </summary>
internal static class IncursionJudge
{
    public static void Score(SentenceFacts facts)
    {
        var placeAnywhere = 0.0;
        foreach (var place in facts.Places)
        {
            var strength = place.Term.Role == PlaceRole.Generic ? Weights.GenericPlace
                : !PlaceRules.IsMember(place.Term.Code) ? 0.0
                : place.Context <= Weights.BesidePlace ? Weights.BesidePlace
                : 1.0;
            placeAnywhere = Math.Max(placeAnywhere, strength);
            if (!place.Recap)
            {
                facts.Place = Math.Max(facts.Place, strength);
            }
        }

        facts.Intruder = facts.Intruders.Exists(i => !i.Recap && !i.Hypothetical);
        var killer = facts.Killer && !facts.Denial;
        var factual = facts.Cue * facts.Place * (facts.Intruder ? 1 : 0);
        var background = facts.CueAnywhere * placeAnywhere * (facts.Intruders.Count > 0 ? 1 : 0) * Weights.Background;
        facts.Event = killer ? 0 : facts.Weight * Math.Max(factual, background);

        var against = killer ? Weights.KillerAgainst : 0.0;
        foreach (var negative in facts.Negatives)
        {
            if (negative.Term is CueTerm { Kind: CueKind.Negative or CueKind.Recap } cue)
            {
                against += cue.Kind == CueKind.Recap ? Weights.RecapAgainst : cue.Weight;
            }
        }

        facts.Against = facts.Framing ? facts.Weight * Math.Min(against, Weights.AgainstCapPerSentence) : 0;
    }

    public static bool Decide(Document document, IReadOnlyList<SentenceFacts> sentences, out double eventScore, out double againstScore)
    {
        // The strongest few sentences make the case: a long commentary full of faint mentions does not add up to one.
        eventScore = sentences.Select(s => s.Event).OrderDescending().Take(Weights.EventSentences).Sum() + TitleBlock(document, sentences);
        againstScore = sentences.Sum(s => s.Against);
        return eventScore >= Weights.EventThreshold && eventScore >= Weights.EventOverAgainst * againstScore;
    }

    // Headlines split one fact over two sentences ("Oslo airport is closed. 'The drone has been spotted'"): read
    // the title and the first text sentence together too, and count what the sentences alone missed.
    private static double TitleBlock(Document document, IReadOnlyList<SentenceFacts> sentences)
    {
        double cue = 0, place = 0, alone = 0;
        var intruder = false;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = document.Sentences[i];
            if (sentence.Zone == Zone.Text && sentence.Ordinal > 0)
            {
                break;
            }

            var facts = sentences[i];
            if (facts.Killer && !facts.Denial)
            {
                return 0;
            }

            cue = Math.Max(cue, facts.Cue);
            place = Math.Max(place, facts.Place);
            intruder |= facts.Intruder;
            alone += facts.Event;
        }

        return Math.Max(0, (Weights.TitleBlock * cue * place * (intruder ? 1 : 0)) - alone);
    }
}

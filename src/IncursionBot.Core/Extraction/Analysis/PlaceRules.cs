using IncursionBot.Core.Extraction.Lexicon;
using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Extraction.Analysis;

/// <summary>Whether a place is watched, and how strongly its context says "this is where it happened".</summary>
internal static class PlaceRules
{
    public static bool IsMember(string code) => Countries.FindByCode(code) is not null;

    public static double Context(SentenceView view, ReadOnlySpan<Match> matches, Match match)
    {
        var context = 1.0;
        var before = view.Word(match.Token - 1);
        if (before is "over" or "in" or "into" or "above" or "near" or "at" or "across" or "inside" or "within" or "on")
        {
            context *= 1.5;
        }
        else if (before is "from" or "to" or "towards" or "via" or "for" or "with")
        {
            context *= 0.3;
        }

        foreach (var other in matches)
        {
            if (other.Token == match.End && other.Term is CueTerm { Kind: CueKind.Airspace })
            {
                context *= 1.8;
            }
            else if (other.Token >= match.End && other.Token <= match.End + 2 && other.Term is PlatformTerm { Role: PlatformRole.Responder })
            {
                context *= 0.2;
            }
        }

        // "near the Polish border", "the border with Romania": beside the state, not in it.
        var after = view.Word(match.End);
        if (after is "border" or "borders" or "frontier" || (before is "with" && view.Word(match.Token - 2) is "border" or "borders"))
        {
            return Math.Min(context, Weights.BesidePlace);
        }

        return after is "airport" or "airbase" or "base" or "air" ? context * 1.3 : context;
    }
}

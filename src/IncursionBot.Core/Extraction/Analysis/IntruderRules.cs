using IncursionBot.Core.Extraction.Lexicon;

namespace IncursionBot.Core.Extraction.Analysis;

/// <summary>
/// Tells the intruder from the responders: allied types never count and absorb the generic nouns after them;
/// a platform after an allied adjective or a friendly word is a responder; generic aircraft, jets, helicopters and
/// missiles count only when attributed and not next to "scrambled" or "intercepted".
/// </summary>
internal static class IntruderRules
{
    public static bool IsIntruder(SentenceView view, ReadOnlySpan<Match> matches, Match match, PlatformTerm platform) => platform.Role switch
    {
        PlatformRole.Responder => false,
        PlatformRole.Intrinsic or PlatformRole.Object => !FriendlyBefore(view, matches, match),
        PlatformRole.Generic => !FriendlyBefore(view, matches, match) && !ResponderJustBefore(matches, match, 1),
        _ => !FriendlyBefore(view, matches, match) && !ResponderJustBefore(matches, match, 3) && !ResponderVerbAround(matches, match)
            && Attributed(matches, match),
    };

    /// <summary>"Ukrainian drone": the intruder is not Russia's or Belarus's.</summary>
    public static bool IsUkrainian(ReadOnlySpan<Match> matches, Match match)
    {
        foreach (var other in matches)
        {
            if (other.Term is PlaceTerm { Code: "UA", Role: PlaceRole.Adjective } && other.End == match.Token)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Attributed(ReadOnlySpan<Match> matches, Match match)
    {
        foreach (var other in matches)
        {
            var hostileBefore = other.Token >= match.Token - 4 && other.End <= match.Token
                && (other.Term is CueTerm { Kind: CueKind.Hostile } || other.Term is PlaceTerm { Code: "RU" or "BY" or "KP" or "CN" });
            var intrinsicNear = other.Term is PlatformTerm { Role: PlatformRole.Intrinsic } && Math.Abs(other.Token - match.Token) <= 4;
            var cueAfter = other.Token >= match.End && other.Token <= match.End + 3 && other.Term is CueTerm { Kind: CueKind.Incursion };
            if (hostileBefore || intrinsicNear || cueAfter)
            {
                return true;
            }
        }

        return false;
    }

    private static bool FriendlyBefore(SentenceView view, ReadOnlySpan<Match> matches, Match match)
    {
        var at = match.Token - 1;
        if (view.Word(at) is "two" or "three" or "four" or "several" or "a" or "an" or "the" or "its" or "their" || view.IsNumber(at))
        {
            at--;
        }

        foreach (var other in matches)
        {
            if (other.End == at + 1 && other.Token <= at
                && (other.Term is CueTerm { Kind: CueKind.Friendly } || other.Term is PlaceTerm { Role: PlaceRole.Adjective or PlaceRole.Name } p && PlaceRules.IsMember(p.Code)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ResponderJustBefore(ReadOnlySpan<Match> matches, Match match, int distance)
    {
        foreach (var other in matches)
        {
            if (other.Term is PlatformTerm { Role: PlatformRole.Responder } && other.End <= match.Token && other.End >= match.Token - distance)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ResponderVerbAround(ReadOnlySpan<Match> matches, Match match)
    {
        foreach (var other in matches)
        {
            if (other.Term is CueTerm { Kind: CueKind.ResponderVerb }
                && ((other.Token >= match.End && other.Token <= match.End + 2) || (other.End <= match.Token && other.End >= match.Token - 2)))
            {
                return true;
            }
        }

        return false;
    }
}

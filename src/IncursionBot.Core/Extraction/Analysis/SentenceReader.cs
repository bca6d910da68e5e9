using IncursionBot.Core.Extraction.Lexicon;
using IncursionBot.Core.Extraction.Text;
using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Extraction.Analysis;

/// <summary>Reads one sentence: which platform is the intruder, which places and cues it names.</summary>
internal sealed class SentenceReader(MatchedText text, int sentenceIndex)
{
    private readonly Document _document = text.Document;
    private readonly Sentence _sentence = text.Document.Sentences[sentenceIndex];

    public SentenceFacts Read()
    {
        var facts = new SentenceFacts(sentenceIndex, Weights.Sentence(_sentence.Zone, _sentence.Ordinal))
        {
            Framing = _sentence.Zone == Zone.Title || _sentence.Ordinal < 3,
        };
        var matches = text.In(sentenceIndex);
        foreach (var match in matches)
        {
            switch (match.Term)
            {
                case PlatformTerm platform when IsIntruder(matches, match, platform):
                    facts.Intruders.Add(new PlatformMention(platform.Platform, platform.Role, match.Token, match.Length,
                        text.Recap[match.Token], text.Hypothetical[match.Token], IsUkrainian(matches, match)));
                    break;
                case PlaceTerm place:
                    AddPlace(facts, matches, match, place);
                    break;
                case CueTerm cue:
                    AddCue(facts, match, cue);
                    break;
            }
        }

        AddImpliedCues(facts, matches);
        return facts;
    }

    private void AddPlace(SentenceFacts facts, ReadOnlySpan<Match> matches, Match match, PlaceTerm place)
    {
        if (place.Code is "RU" or "BY")
        {
            facts.Origins.Add(new OriginMention(place.Code, match.Token, match.Length, text.Recap[match.Token], From(match.Token)));
        }

        facts.Places.Add(new PlaceMention(place, match.Token, match.Length, PlaceContext(matches, match), text.Recap[match.Token]));
    }

    private void AddCue(SentenceFacts facts, Match match, CueTerm cue)
    {
        switch (cue.Kind)
        {
            case CueKind.Incursion or CueKind.IncursionWeak:
                var strength = cue.Kind == CueKind.IncursionWeak && _sentence.Zone == Zone.Title ? Weights.WeakCueInTitle : cue.Weight;
                NoteCue(facts, match.Token, strength);
                break;
            case CueKind.Killer when !text.Hypothetical[match.Token]:
                facts.Killer = true;
                facts.Negatives.Add(match);
                break;
            case CueKind.Negative:
                facts.Negatives.Add(match);
                break;
            case CueKind.Recap when _sentence.Zone == Zone.Text:
                facts.Negatives.Add(match);
                break;
            case CueKind.Listing:
                facts.Listing = true;
                break;
            case CueKind.Denial:
                facts.Denial = true;
                break;
        }
    }

    private void NoteCue(SentenceFacts facts, int token, double strength)
    {
        facts.CueAnywhere = Math.Max(facts.CueAnywhere, strength);
        if (!text.Recap[token] && !text.Hypothetical[token] && strength > facts.Cue)
        {
            facts.Cue = strength;
            facts.CueToken = token;
        }
    }

    // Headlines let a preposition or a noun do a verb's work: "drones over Copenhagen", "balloons from Belarus",
    // "Russian jets in its airspace".
    private void AddImpliedCues(SentenceFacts facts, ReadOnlySpan<Match> matches)
    {
        foreach (var place in facts.Places)
        {
            if (Word(place.Token - 1) is "over" or "above" && IntruderBefore(facts, place.Token))
            {
                NoteCue(facts, place.Token - 1, Weights.OverPlaceCue);
            }
        }

        foreach (var origin in facts.Origins)
        {
            if (origin.From && IntruderBefore(facts, origin.Token))
            {
                NoteCue(facts, origin.Token, Weights.OverPlaceCue);
            }
        }

        foreach (var match in matches)
        {
            if (match.Term is CueTerm { Kind: CueKind.Airspace } && IntruderBefore(facts, match.Token))
            {
                NoteCue(facts, match.Token, Weights.AirspaceCue);
            }
        }
    }

    private static bool IntruderBefore(SentenceFacts facts, int token) =>
        facts.Intruders.Exists(i => i.Token < token && token - i.Token <= 6);

    private bool From(int token)
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

    private double PlaceContext(ReadOnlySpan<Match> matches, Match match)
    {
        var context = 1.0;
        var before = Word(match.Token - 1);
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
        var after = Word(match.End);
        if (after is "border" or "borders" or "frontier" || (before is "with" && Word(match.Token - 2) is "border" or "borders"))
        {
            return Math.Min(context, Weights.BesidePlace);
        }

        return after is "airport" or "airbase" or "base" or "air" ? context * 1.3 : context;
    }

    private bool IsIntruder(ReadOnlySpan<Match> matches, Match match, PlatformTerm platform) => platform.Role switch
    {
        PlatformRole.Responder => false,
        PlatformRole.Intrinsic or PlatformRole.Object => !FriendlyBefore(matches, match),
        PlatformRole.Generic => !FriendlyBefore(matches, match) && !ResponderJustBefore(matches, match, 1),
        _ => !FriendlyBefore(matches, match) && !ResponderJustBefore(matches, match, 3) && !ResponderVerbAround(matches, match)
            && Attributed(matches, match),
    };

    private bool Attributed(ReadOnlySpan<Match> matches, Match match)
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

    private bool FriendlyBefore(ReadOnlySpan<Match> matches, Match match)
    {
        var at = match.Token - 1;
        if (Word(at) is "two" or "three" or "four" or "several" or "a" or "an" or "the" or "its" or "their" || IsNumber(at))
        {
            at--;
        }

        foreach (var other in matches)
        {
            if (other.End == at + 1 && other.Token <= at
                && (other.Term is CueTerm { Kind: CueKind.Friendly } || other.Term is PlaceTerm { Role: PlaceRole.Adjective or PlaceRole.Name } p && IsMember(p.Code)))
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

    private static bool IsUkrainian(ReadOnlySpan<Match> matches, Match match)
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

    internal static bool IsMember(string code) => Countries.FindByCode(code) is not null;

    private bool IsNumber(int token) => token >= _sentence.FirstToken && token < _sentence.EndToken && char.IsDigit(_document.Word(token)[0]);

    private ReadOnlySpan<char> Word(int token) =>
        token >= _sentence.FirstToken && token < _sentence.EndToken ? _document.Word(token) : [];
}

using IncursionBot.Core.Extraction.Lexicon;
using IncursionBot.Core.Extraction.Text;

namespace IncursionBot.Core.Extraction.Analysis;

/// <summary>Reads one sentence: which platform is the intruder, which places and cues it names.</summary>
internal sealed class SentenceReader(MatchedText text, int sentenceIndex)
{
    private readonly Sentence _sentence = text.Document.Sentences[sentenceIndex];
    private readonly SentenceView _view = new(text.Document, text.Document.Sentences[sentenceIndex]);

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
                case PlatformTerm platform when IntruderRules.IsIntruder(_view, matches, match, platform):
                    facts.Intruders.Add(new PlatformMention(platform.Platform, platform.Role, match.Token, match.Length,
                        text.Recap[match.Token], text.Hypothetical[match.Token], IntruderRules.IsUkrainian(matches, match)));
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
        // "told us", "join us": the pronoun, not the United States.
        if (place.Code == "US" && match.Length == 1 && _view.Word(match.Token) is "us" && !text.Document.Tokens[match.Token].AllCaps)
        {
            return;
        }

        if (place.Code is "RU" or "BY")
        {
            facts.Origins.Add(new OriginMention(place.Code, match.Token, match.Length, text.Recap[match.Token], _view.From(match.Token)));
        }

        facts.Places.Add(new PlaceMention(place, match.Token, match.Length, PlaceRules.Context(_view, matches, match), text.Recap[match.Token]));
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
            if (_view.Word(place.Token - 1) is "over" or "above" && IntruderBefore(facts, place.Token))
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
}

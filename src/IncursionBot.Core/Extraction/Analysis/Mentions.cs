using IncursionBot.Core.Extraction.Lexicon;
using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Extraction.Analysis;

/// <summary>A platform read as the intruder; <see cref="Platform"/> is null for an object of unknown kind.</summary>
internal readonly record struct PlatformMention(Platform? Platform, PlatformRole Role, int Token, int Length, bool Recap, bool Hypothetical, bool Ukrainian);

/// <summary>A place, with how strongly its context says "this is where it happened".</summary>
internal readonly record struct PlaceMention(PlaceTerm Term, int Token, int Length, double Context, bool Recap);

/// <summary>A word naming Russia or Belarus.</summary>
internal readonly record struct OriginMention(string Code, int Token, int Length, bool Recap, bool From);

/// <summary>Everything one sentence says, and how much it counts.</summary>
internal sealed class SentenceFacts(int index, double weight)
{
    public int Index { get; } = index;

    /// <summary>Title, lead and body sentences weigh differently.</summary>
    public double Weight { get; } = weight;

    public List<PlatformMention> Intruders { get; } = [];

    public List<PlaceMention> Places { get; } = [];

    public List<OriginMention> Origins { get; } = [];

    public List<Match> Negatives { get; } = [];

    public bool Killer { get; set; }

    public bool Listing { get; set; }

    public bool Denial { get; set; }

    /// <summary>Title and the first sentences: where an item frames its own news.</summary>
    public bool Framing { get; set; }

    /// <summary>Strongest watched place outside background clauses (1 a member state, 0.5 "NATO airspace").</summary>
    public double Place { get; set; }

    /// <summary>An intruder is named outside background and hypothetical clauses.</summary>
    public bool Intruder { get; set; }

    /// <summary>Best incursion cue outside background and hypothetical clauses.</summary>
    public double Cue { get; set; }

    /// <summary>Best incursion cue anywhere in the sentence.</summary>
    public double CueAnywhere { get; set; }

    public int CueToken { get; set; } = -1;

    /// <summary>How strongly the sentence reports a new event in watched airspace (weight included).</summary>
    public double Event { get; set; }

    /// <summary>How strongly it frames the item as something other than an event (weight included).</summary>
    public double Against { get; set; }
}

using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Extraction.Lexicon;

/// <summary>What a phrase of the lexicon means.</summary>
internal abstract record Term;

/// <summary>How a place phrase names its state.</summary>
internal enum PlaceRole
{
    Name,
    Adjective,
    Capital,
    City,
    Airport,
    Base,
    Region,

    /// <summary>"NATO airspace", "allied airspace": a watched area without a state.</summary>
    Generic,
}

/// <summary>A state, or a place inside one.</summary>
/// <param name="Code">ISO alpha-2 (non-members too: UA, RU, BY, KR...).</param>
/// <param name="Role">How the phrase names the state.</param>
/// <param name="Key">The folded phrase, used to compare places across reports.</param>
/// <param name="Locality">The town an airport or base belongs to, so "Kastrup" and "Copenhagen" meet.</param>
internal sealed record PlaceTerm(string Code, PlaceRole Role, string Key, string? Locality) : Term;

/// <summary>How a platform phrase relates to the intruder.</summary>
internal enum PlatformRole
{
    /// <summary>Counts as the intruder unless the context makes it a responder (drone, balloon).</summary>
    Generic,

    /// <summary>A type only the intruder side flies here (MiG-31, Shahed, Il-20).</summary>
    Intrinsic,

    /// <summary>Counts only when attributed (Russian aircraft, a missile that fell): aircraft, jets, helicopters, missiles.</summary>
    Attributable,

    /// <summary>A type allied forces fly (F-16, Eurofighter, Patriot): never the intruder.</summary>
    Responder,

    /// <summary>"Unidentified object": an intruder of unknown kind.</summary>
    Object,
}

/// <param name="Platform">The platform, or null for an object of unknown kind or a responder.</param>
/// <param name="Role">How it relates to the intruder.</param>
internal sealed record PlatformTerm(Platform? Platform, PlatformRole Role) : Term;

/// <summary>Words that steer the reading of a sentence.</summary>
internal enum CueKind
{
    /// <summary>violated, entered, crashed, spotted over, shut: the sentence reports an event.</summary>
    Incursion,

    /// <summary>violate, enter: present or base forms, full weight only in headlines.</summary>
    IncursionWeak,

    /// <summary>international airspace, neutral waters, ADIZ, did not enter: no violation happened.</summary>
    Killer,

    /// <summary>last month, earlier this year, a series of: background.</summary>
    Recap,

    /// <summary>could, would, if: not an event.</summary>
    Hypothetical,

    /// <summary>analysis, ministers meet, procurement, exercise, drone show, fog: the item's news is something else.</summary>
    Negative,

    /// <summary>scrambled, intercepted, escorted: the platform next to it is the responder.</summary>
    ResponderVerb,

    /// <summary>unidentified, suspicious, foreign: the platform next to it is the intruder.</summary>
    Hostile,

    /// <summary>NATO, allied, police: the platform next to it is a responder.</summary>
    Friendly,

    /// <summary>claims, denied: a "no violation" in the sentence is the other side's version.</summary>
    Denial,

    /// <summary>such as, including: a list of states, not the affected one.</summary>
    Listing,

    /// <summary>airspace, territory, skies: the adjective before it names where it happened.</summary>
    Airspace,
}

/// <param name="Kind">What the cue signals.</param>
/// <param name="Weight">Strength, used by <see cref="CueKind.Incursion"/> and <see cref="CueKind.Negative"/>.</param>
/// <param name="Label">Short name for evidence ("analysis", "policy").</param>
internal sealed record CueTerm(CueKind Kind, double Weight, string Label) : Term;

/// <summary>A compound that hides its words (anti-drone, drone wall, border with Belarus).</summary>
internal sealed record NeutralTerm(string Label) : Term;

using IncursionBot.Core.Extraction.Lexicon;
using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Clustering;

/// <summary>
/// Puts reports of one event from several outlets into one incident. A candidate incident must be close in time,
/// share a country and a platform when both sides name them, and read alike: overlapping wording in titles and
/// leads, and the same town, airport or base when both name one. Two events on one night in one country (Copenhagen and Aalborg
/// airports; a balloon and a drone over Vilnius) stay apart because their places or platforms differ.
/// </summary>
public sealed class IncidentClusterer : IIncidentClusterer
{
    private const double MatchThreshold = 0.3;
    private const double SharedPlaceBonus = 0.35;
    private const double DifferentPlacePenalty = 0.5;
    private const double AgreementBonus = 0.15;

    private readonly PhraseTrie _trie = ExtractionLexicon.Shared.Trie;

    public IncidentClusterer()
        : this(TimeSpan.FromHours(48))
    {
    }

    public IncidentClusterer(TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        Window = window;
    }

    public TimeSpan Window { get; }

    public Incident? FindMatch(ClusterCandidate report, IReadOnlyList<Incident> candidates)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(candidates);
        var profile = ReportProfile.Of(report.Item.Title, report.Item.Text, _trie);
        Incident? best = null;
        var bestScore = MatchThreshold;
        foreach (var incident in candidates)
        {
            if (!CloseInTime(report.ReportedAt, incident) || !Compatible(report.Extraction, incident))
            {
                continue;
            }

            if (incident.Reports.Any(r => r.CanonicalUrl == report.CanonicalUrl))
            {
                return incident;
            }

            var score = Similarity(profile, report.Extraction, incident);
            if (score >= bestScore)
            {
                best = incident;
                bestScore = score;
            }
        }

        return best;
    }

    // Bounded by the first report, not the latest: otherwise a wave that repeats every night chains into one
    // incident and each later night's new event is never alerted.
    private bool CloseInTime(DateTimeOffset reportedAt, Incident incident) =>
        reportedAt >= incident.FirstReportedAt - Window && reportedAt <= incident.FirstReportedAt + Window;

    private static bool Compatible(Incidents.Extraction extraction, Incident incident) =>
        Overlap(extraction.Countries, incident.Countries) && Overlap(extraction.Platforms, incident.Platforms);

    private static bool Overlap<T>(IReadOnlyList<T> first, IReadOnlyList<T> second) =>
        first.Count == 0 || second.Count == 0 || first.Intersect(second).Any();

    private double Similarity(ReportProfile profile, Incidents.Extraction extraction, Incident incident)
    {
        var others = incident.Reports.Count > 0
            ? incident.Reports.Select(r => ReportProfile.Of(r.Title, r.Summary, _trie)).ToArray()
            : [ReportProfile.Of(incident.Headline, incident.Summary, _trie)];
        var words = others.Max(profile.WordOverlap);
        var places = others.SelectMany(o => o.Places).ToHashSet(StringComparer.Ordinal);
        var placeScore = profile.Places.Count == 0 || places.Count == 0 ? 0
            : profile.Places.Overlaps(places) ? SharedPlaceBonus
            : -DifferentPlacePenalty;
        return words + placeScore + (Agree(extraction.Countries, incident.Countries) && Agree(extraction.Platforms, incident.Platforms) ? AgreementBonus : 0);
    }

    private static bool Agree<T>(IReadOnlyList<T> first, IReadOnlyList<T> second) => first.Intersect(second).Any();
}

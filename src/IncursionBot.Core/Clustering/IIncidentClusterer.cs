using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Clustering;

/// <summary>Decides whether a new report describes an incident the bot already knows.</summary>
public interface IIncidentClusterer
{
    /// <summary>How far back candidate incidents are looked for.</summary>
    TimeSpan Window { get; }

    /// <summary>The incident among <paramref name="candidates"/> that the report belongs to, or null for a new event.</summary>
    Incident? FindMatch(ClusterCandidate report, IReadOnlyList<Incident> candidates);
}

/// <summary>The new report as clustering sees it.</summary>
public sealed record ClusterCandidate(SourceItem Item, string CanonicalUrl, Incidents.Extraction Extraction, DateTimeOffset ReportedAt);

using IncursionBot.Core.Clustering;
using IncursionBot.Core.Incidents;
using ExtractionResult = IncursionBot.Core.Incidents.Extraction;

namespace IncursionBot.Core.Tests.Clustering;

/// <summary>An in-memory stand-in for the incident store: asks the clusterer, then creates or merges as ingestion does.</summary>
public sealed class IncidentLedger(IIncidentClusterer clusterer)
{
    private readonly List<Incident> _incidents = [];

    public IReadOnlyList<Incident> Incidents => _incidents;

    /// <summary>Files one report and returns the id of the incident it went to.</summary>
    public long Add(string itemId, string title, string text, string url, ExtractionResult extraction, DateTimeOffset at)
    {
        var candidates = _incidents.Where(i => i.LastReportedAt >= at - clusterer.Window).ToArray();
        var match = clusterer.FindMatch(new ClusterCandidate(new SourceItem("test", itemId, url, title, text, at), url, extraction, at), candidates);
        var id = match?.Id ?? _incidents.Count + 1;
        var report = new Report(_incidents.Sum(i => i.Reports.Count) + 1, id, "test", itemId, url, url, title, text.Length > 0 ? text : title, null, at, at, extraction);
        if (match is null)
        {
            _incidents.Add(new Incident(id, extraction.Countries, extraction.Platforms, extraction.Origins, title, report.Summary, at, at, at, true, 1, [report]));
            return id;
        }

        _incidents[_incidents.IndexOf(match)] = match with
        {
            Countries = match.Countries.Union(extraction.Countries).ToArray(),
            Platforms = match.Platforms.Union(extraction.Platforms).ToArray(),
            FirstReportedAt = at < match.FirstReportedAt ? at : match.FirstReportedAt,
            LastReportedAt = at > match.LastReportedAt ? at : match.LastReportedAt,
            Revision = match.Revision + 1,
            Reports = [.. match.Reports, report],
        };
        return id;
    }
}

using System.Text;
using IncursionBot.Core.Alerts;
using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Queries;

/// <summary>Plain-text answers to incident queries (the <c>incidents</c> verb, console replies).</summary>
public static class IncidentText
{
    public static string RenderList(IncidentQuery query, IReadOnlyList<Incident> incidents)
    {
        var text = new StringBuilder();
        text.Append("Recent ").Append(IncidentQueryService.Describe(query)).Append(": ")
            .Append(incidents.Count == 0 ? "none." : incidents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .AppendLine();
        foreach (var incident in incidents)
        {
            text.Append('#').Append(incident.Id).Append("  ").Append(TextAlertRenderer.Time(incident.FirstReportedAt)).Append("  ")
                .Append(TextAlertRenderer.OneLine(incident.Headline))
                .Append("  (").Append(incident.Reports.Count).Append(incident.Reports.Count == 1 ? " report" : " reports").AppendLine(")");
            if (incident.Reports.OrderBy(r => r.PublishedAt).FirstOrDefault() is { } first)
            {
                text.Append("    ").AppendLine(first.Url);
            }
        }

        return text.ToString();
    }

    public static string RenderDetail(Incident incident)
    {
        var text = new StringBuilder(TextAlertRenderer.Render(AlertComposer.Compose(incident)));
        text.AppendLine("  Why it alerted:");
        foreach (var evidence in incident.Reports.SelectMany(r => r.Extraction.Evidence).Distinct())
        {
            text.Append("    - ").Append(evidence.Field).Append('=').Append(evidence.Value).Append(": \"")
                .Append(TextAlertRenderer.Truncate(TextAlertRenderer.OneLine(evidence.Phrase), 160)).AppendLine("\"");
        }

        return text.ToString();
    }
}

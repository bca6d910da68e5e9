using IncursionBot.Core.Alerts;
using IncursionBot.Core.Incidents;
using IncursionBot.Core.Queries;
using IncursionBot.Discord.Rest;

namespace IncursionBot.Discord.Rendering;

/// <summary>Embeds answering <c>/incidents</c> (a list) and <c>/incident</c> (one incident, its reports and its evidence).</summary>
internal static class IncidentAnswerRenderer
{
    public const int EvidenceBudget = 1500;
    public const int EvidencePhraseLength = 200;

    public static DiscordEmbed List(IncidentQuery query, IReadOnlyList<Incident> incidents)
    {
        var description = IncidentQueryService.Describe(query);
        var title = DiscordMarkdown.Truncate($"Recent {description}: {AlertStyle.Count(incidents.Count, "incident")}", EmbedLimits.Title);
        var text = new BoundedText(Math.Min(EmbedLimits.Description, EmbedLimits.TotalCharacters - title.Length - AlertStyle.Footer.Length));
        text.AddAll(incidents.Select(i => AlertMessageRenderer.ListLine(AlertComposer.Compose(i))).ToList(), "incidents (narrow the filters)");
        return new DiscordEmbed(title, text.ToString(), null, null, AlertStyle.UnknownColor, new EmbedFooter(AlertStyle.Footer), null);
    }

    public static IReadOnlyList<DiscordEmbed> Detail(Incident incident)
    {
        var alert = AlertComposer.Compose(incident);
        var evidence = Evidence(alert);
        var main = AlertEmbedRenderer.Render(alert, EmbedLimits.TotalCharacters - EmbedLength.Of(evidence), compact: false, withFooter: true);
        return [main, evidence];
    }

    private static DiscordEmbed Evidence(AlertMessage alert)
    {
        const string title = "Why it alerted";
        var text = new BoundedText(EvidenceBudget);
        var lines = alert.Evidence
            .Select(e => $"• **{DiscordMarkdown.Escape(e.Field, 40)}** = {DiscordMarkdown.Escape(e.Value, 60)}: “{DiscordMarkdown.Escape(e.Phrase, EvidencePhraseLength)}”")
            .ToList();
        if (lines.Count == 0)
        {
            text.TryAdd("No extraction evidence was recorded for this incident.");
        }

        text.AddAll(lines, "pieces of evidence");
        return new DiscordEmbed(title, text.ToString(), null, null, AlertStyle.Color(alert.Platforms), null, null);
    }
}

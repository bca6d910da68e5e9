using IncursionBot.Core.Queries;
using IncursionBot.Discord.Rendering;

namespace IncursionBot.Discord.Commands;

/// <summary><c>/incidents [country] [platform] [days]</c>: recent incidents matching, newest first.</summary>
internal sealed class IncidentsCommand(IncidentQueryService queries) : ISlashCommand
{
    public string Name => CommandCatalog.Incidents;

    public async Task<CommandReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var days = context.GetInteger(CommandCatalog.DaysOption, out var daysValid);
        if (!daysValid || days is < int.MinValue or > int.MaxValue)
        {
            return CommandReply.Error($"days must be a whole number between {IncidentQuery.MinDays} and {IncidentQuery.MaxDays}.");
        }

        var parsed = IncidentQueryService.Parse(
            context.GetString(CommandCatalog.CountryOption), context.GetString(CommandCatalog.PlatformOption), (int?)days);
        if (!parsed.Succeeded)
        {
            return CommandReply.Error(parsed.Error!);
        }

        var incidents = await queries.RecentAsync(parsed.Value!, cancellationToken);
        return incidents.Count == 0
            ? CommandReply.Text($"No {IncidentQueryService.Describe(parsed.Value!)}.")
            : new CommandReply(null, [IncidentAnswerRenderer.List(parsed.Value!, incidents)]);
    }
}

/// <summary><c>/incident &lt;id&gt;</c>: one incident with all its reports and the extraction evidence.</summary>
internal sealed class IncidentCommand(IncidentQueryService queries) : ISlashCommand
{
    public string Name => CommandCatalog.Incident;

    public async Task<CommandReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var id = context.GetInteger(CommandCatalog.IdOption, out var valid);
        if (!valid || id is null or <= 0)
        {
            return CommandReply.Error("Give the incident number, e.g. /incident id:42 (alerts and /incidents show it).");
        }

        var incident = await queries.GetAsync(id.Value, cancellationToken);
        return incident is null
            ? CommandReply.Error($"There is no incident #{id}. Find recent ones with /incidents.")
            : new CommandReply(null, IncidentAnswerRenderer.Detail(incident));
    }
}

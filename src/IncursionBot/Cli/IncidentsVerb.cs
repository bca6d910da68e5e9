using IncursionBot.Core.Queries;

namespace IncursionBot.Cli;

/// <summary><c>incidents [--country CC] [--platform P] [--days N]</c>: the <c>/incidents</c> answer as text.</summary>
public static class IncidentsVerb
{
    public static async Task<int> RunAsync(IServiceProvider services, string? country, string? platform, int? days, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var parsed = IncidentQueryService.Parse(country, platform, days);
        if (!parsed.Succeeded)
        {
            await error.WriteLineAsync(parsed.Error);
            return 2;
        }

        var queries = services.GetRequiredService<IncidentQueryService>();
        var incidents = await queries.RecentAsync(parsed.Value!, cancellationToken);
        await output.WriteAsync(IncidentText.RenderList(parsed.Value!, incidents));
        return 0;
    }
}

namespace IncursionBot.Endpoints;

/// <summary>Maps <c>GET /healthz</c>: 200 when the database answers, 503 when it does not.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (HealthReportBuilder builder, CancellationToken cancellationToken) =>
        {
            var (healthy, document) = await builder.BuildAsync(cancellationToken);
            return Results.Json(document, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}

using IncursionBot.Teams.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IncursionBot.Teams;

/// <summary>Maps the Bot Framework messaging endpoint.</summary>
public static class TeamsEndpointRouteBuilderExtensions
{
    public const string MessagesPath = "/api/messages";

    /// <summary>Maps <c>POST /api/messages</c>; it answers 404 with a JSON error while the Teams bot is off.</summary>
    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MessagesPath, async context =>
        {
            var result = context.RequestServices.GetService<ActivityEndpoint>() is { } endpoint
                ? await endpoint.HandleAsync(context)
                : Results.Json(
                    new ErrorBody("the Teams bot is off: set Teams:AppId and Teams:AppPassword"),
                    TeamsJsonContext.Default.ErrorBody,
                    statusCode: StatusCodes.Status404NotFound);
            await result.ExecuteAsync(context);
        });
        return endpoints;
    }
}

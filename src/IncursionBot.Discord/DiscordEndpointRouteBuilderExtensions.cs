using IncursionBot.Discord.Interactions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IncursionBot.Discord;

/// <summary>Maps Discord's HTTP interactions endpoint.</summary>
public static class DiscordEndpointRouteBuilderExtensions
{
    public const string InteractionsPath = "/discord/interactions";

    /// <summary>
    /// Maps <c>POST /discord/interactions</c>. When Discord is off or <c>Discord:PublicKey</c> is not set it answers
    /// 404 with a JSON error naming the keys to set.
    /// </summary>
    public static IEndpointRouteBuilder MapDiscord(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(InteractionsPath, (HttpContext http) =>
        {
            var options = http.RequestServices.GetService<IOptions<DiscordOptions>>()?.Value;
            var endpoint = http.RequestServices.GetService<InteractionEndpoint>();
            return endpoint is not null && options is { IsEnabled: true, HasPublicKey: true }
                ? endpoint.HandleAsync(http)
                : InteractionEndpoint.ErrorAsync(http, StatusCodes.Status404NotFound,
                    "Discord interactions are not configured here: set Discord:BotToken, Discord:ApplicationId and Discord:PublicKey.");
        });
        return endpoints;
    }
}

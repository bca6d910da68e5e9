using System.Text.Json;
using IncursionBot.Discord.Interactions;
using IncursionBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Discord.Gateway;

/// <summary>
/// Answers an INTERACTION_CREATE received on the Gateway: the same responder as the HTTP endpoint produces the
/// answer, which goes to <c>POST /interactions/{id}/{token}/callback</c> (exempt from the global limit).
/// </summary>
internal sealed partial class GatewayInteractionHandler(
    InteractionResponder responder,
    DiscordRestClient rest,
    IHostApplicationLifetime lifetime,
    ILogger<GatewayInteractionHandler> logger)
{
    public async Task HandleAsync(JsonElement data)
    {
        var stopping = lifetime.ApplicationStopping;
        var delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            var interaction = data.Deserialize(DiscordJson.Default.Interaction);
            if (interaction is null || string.IsNullOrEmpty(interaction.Id) || string.IsNullOrEmpty(interaction.Token))
            {
                LogMalformed();
                return;
            }

            var response = await responder.RespondAsync(interaction, delivered.Task, stopping);
            var result = await rest.SendAsync(DiscordRoute.InteractionCallback(interaction.Id, interaction.Token), response,
                DiscordJson.Default.InteractionResponse, stopping);
            if (!result.IsSuccess)
            {
                LogCallbackFailed(interaction.Data?.Name ?? string.Empty, result.Describe());
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            LogFailed(ex);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
        finally
        {
            delivered.TrySetResult();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored an INTERACTION_CREATE without id or token")]
    private partial void LogMalformed();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord refused the answer to /{Command}: {Detail}")]
    private partial void LogCallbackFailed(string command, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Answering a gateway interaction failed")]
    private partial void LogFailed(Exception exception);
}

using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncursionBot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c>: caps the body, verifies the Ed25519 signature over timestamp + raw body
/// (401 when missing, bad or stale: Discord probes with bad ones and drops endpoints that accept them), answers
/// PING with PONG and everything else through the same responder as the Gateway.
/// </summary>
internal sealed partial class InteractionEndpoint(
    InteractionSignatureVerifier verifier,
    InteractionResponder responder,
    IOptions<DiscordOptions> options,
    ILogger<InteractionEndpoint> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        var max = options.Value.MaxInteractionBodyBytes;
        var body = await RequestBody.ReadAsync(http.Request, max, http.RequestAborted);
        if (body is null)
        {
            await ErrorAsync(http, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {max} bytes.");
            return;
        }

        var check = verifier.Check(http.Request.Headers["X-Signature-Ed25519"], http.Request.Headers["X-Signature-Timestamp"], body);
        if (check != SignatureCheck.Valid)
        {
            LogRefused(check);
            await ErrorAsync(http, StatusCodes.Status401Unauthorized, check switch
            {
                SignatureCheck.Missing => "X-Signature-Ed25519 and X-Signature-Timestamp are required.",
                SignatureCheck.Stale => "The signed timestamp is too old or too far in the future.",
                _ => "Invalid request signature.",
            });
            return;
        }

        var interaction = Parse(body);
        if (interaction is null || (interaction.Type != Interaction.Ping && (string.IsNullOrEmpty(interaction.Id) || string.IsNullOrEmpty(interaction.Token))))
        {
            await ErrorAsync(http, StatusCodes.Status400BadRequest, "The body is not an interaction.");
            return;
        }

        var delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        http.Response.OnCompleted(() =>
        {
            delivered.TrySetResult();
            return Task.CompletedTask;
        });
        var response = await responder.RespondAsync(interaction, delivered.Task, http.RequestAborted);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json";
        await http.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(response, DiscordJson.Default.InteractionResponse), http.RequestAborted);
    }

    /// <summary>A JSON error body: <c>{"error": "..."}</c>.</summary>
    internal static Task ErrorAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        var json = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["error"] = message }, ErrorJson.Default.DictionaryStringString);
        return http.Response.Body.WriteAsync(json, http.RequestAborted).AsTask();
    }

    private static Interaction? Parse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, DiscordJson.Default.Interaction);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a Discord interaction request: signature {Check}")]
    private partial void LogRefused(SignatureCheck check);
}

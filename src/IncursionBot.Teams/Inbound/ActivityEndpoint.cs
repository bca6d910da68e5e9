using System.Text.Json;
using IncursionBot.Teams.Auth;
using IncursionBot.Teams.Connector;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Teams.Inbound;

/// <summary>
/// <c>POST /api/messages</c>: the token is validated before the body is read, the body is capped, the activity
/// is bound to its token, and the Connector gets its 200 as soon as the activity is recorded or queued.
/// </summary>
internal sealed partial class ActivityEndpoint(
    BotFrameworkAuthenticator authenticator,
    ServiceUrlPolicy serviceUrls,
    ActivityRouter router,
    ILogger<ActivityEndpoint> logger)
{
    /// <summary>Teams activities are a few KB; this leaves ample room and refuses floods.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var auth = await authenticator.AuthenticateAsync(context.Request.Headers.Authorization.ToString(), cancellationToken);
        if (auth.Identity is not { } identity)
        {
            return Refuse(auth);
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, "activity too large");
        }

        var body = await ReadCappedAsync(context.Request.Body, cancellationToken);
        if (body is null)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, "activity too large");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, TeamsJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return Error(StatusCodes.Status400BadRequest, "the body is not a JSON activity");
        }

        if (activity is not { Type: { Length: > 0 }, ServiceUrl: { Length: > 0 }, Conversation.Id: { Length: > 0 } })
        {
            return Error(StatusCodes.Status400BadRequest, "the activity lacks type, serviceUrl or conversation.id");
        }

        var bound = BotFrameworkAuthenticator.Authorize(identity, activity.ServiceUrl, activity.ChannelId);
        if (!bound.Succeeded)
        {
            return Refuse(bound);
        }

        if (!serviceUrls.IsAllowed(activity.ServiceUrl))
        {
            LogServiceUrlRefused(Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) ? url.Host : "(unparseable)");
            return Error(StatusCodes.Status403Forbidden, "the activity's serviceUrl host is not allowed");
        }

        return await router.RouteAsync(activity, cancellationToken)
            ? Results.Ok()
            : Error(StatusCodes.Status503ServiceUnavailable, "too many commands waiting; try again");
    }

    private IResult Refuse(AuthResult result)
    {
        LogRefused(result.StatusCode, result.Failure ?? "unknown");
        return Error(result.StatusCode, result.StatusCode == StatusCodes.Status403Forbidden ? "forbidden" : "unauthorized");
    }

    private static IResult Error(int status, string message) => Results.Json(new ErrorBody(message), TeamsJsonContext.Default.ErrorBody, statusCode: status);

    private static async Task<byte[]?> ReadCappedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Teams activity ({Status}): {Reason}")]
    private partial void LogRefused(int status, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Teams activity whose serviceUrl host {Host} is not in Teams:AllowedServiceUrlHosts")]
    private partial void LogServiceUrlRefused(string host);
}

/// <summary>The JSON error body of <c>/api/messages</c>.</summary>
internal sealed record ErrorBody(string Error);

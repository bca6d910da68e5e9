using System.Net;
using System.Text.Json;
using IncursionBot.Core.Alerts;
using IncursionBot.Core.Ports;

namespace IncursionBot.Teams.Connector;

/// <summary>Maps the Connector's final error answer to a failure reason (reference notes §4, §6).</summary>
internal static class ConnectorFailure
{
    public static DeliveryResult From(HttpStatusCode status, string body)
    {
        var detail = $"Bot Connector answered {(int)status}{Describe(body)}";
        var reason = status switch
        {
            HttpStatusCode.Unauthorized => FailureReason.AuthError,
            // 403 is MessageWritesBlocked (blocked or uninstalled) or a lost roster place; 404 a deleted conversation.
            HttpStatusCode.Forbidden or HttpStatusCode.NotFound => FailureReason.ChannelGone,
            HttpStatusCode.TooManyRequests => FailureReason.RateLimited,
            HttpStatusCode.RequestTimeout or HttpStatusCode.PreconditionFailed or >= HttpStatusCode.InternalServerError => FailureReason.ServerError,
            _ => FailureReason.ClientError,
        };
        return DeliveryResult.Failed(reason, detail);
    }

    private static string Describe(string body)
    {
        try
        {
            var error = JsonSerializer.Deserialize(body, TeamsJsonContext.Default.ConnectorErrorResponse)?.Error;
            return error is null ? string.Empty : $" {error.Code}: {TextAlertRenderer.Truncate(TextAlertRenderer.OneLine(error.Message ?? string.Empty), 200)}";
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }
}

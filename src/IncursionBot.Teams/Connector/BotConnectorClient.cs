using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IncursionBot.Core.Ports;
using IncursionBot.Teams.Auth;
using IncursionBot.Teams.Throttling;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Teams.Connector;

/// <summary>
/// The Bot Connector REST calls the bot makes (send, reply, update), with the bot's token attached only for
/// allow-listed service URLs, Teams' per-conversation and per-app limits, one token renewal on 401, and the
/// bounded retries of <see cref="RetryPolicy"/>. Outcomes are <see cref="DeliveryResult"/> values.
/// </summary>
internal sealed partial class BotConnectorClient(
    HttpClient http,
    BotTokenProvider tokens,
    ServiceUrlPolicy serviceUrls,
    RetryPolicy retry,
    TimeProvider time,
    ILogger<BotConnectorClient> logger)
{
    private readonly SlidingWindowLimiter _limits = new(TeamsRateLimits.PerConversation, TeamsRateLimits.PerApp, time);

    public Task<DeliveryResult> SendAsync(ConversationReference reference, JsonObject activity, CancellationToken cancellationToken) =>
        ExecuteAsync(HttpMethod.Post, reference, $"v3/conversations/{Escape(reference.ConversationId)}/activities", activity, cancellationToken);

    public Task<DeliveryResult> ReplyAsync(ConversationReference reference, string conversationId, string replyToId, JsonObject activity, CancellationToken cancellationToken) =>
        ExecuteAsync(HttpMethod.Post, reference, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", activity, cancellationToken);

    public Task<DeliveryResult> UpdateAsync(ConversationReference reference, string activityId, JsonObject activity, CancellationToken cancellationToken) =>
        ExecuteAsync(HttpMethod.Put, reference, $"v3/conversations/{Escape(reference.ConversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);

    private async Task<DeliveryResult> ExecuteAsync(HttpMethod method, ConversationReference reference, string path, JsonObject activity, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(reference.ServiceUrl, UriKind.Absolute, out var serviceUrl) || !serviceUrls.IsAllowed(serviceUrl))
        {
            LogRefused(serviceUrl?.Host ?? "(unparseable)");
            return DeliveryResult.Failed(FailureReason.ClientError, "the conversation's service URL host is not in Teams:AllowedServiceUrlHosts; no token is sent there");
        }

        var target = new Uri(serviceUrl.AbsoluteUri.TrimEnd('/') + "/" + path);
        var body = activity.ToJsonString();
        var renewedToken = false;
        for (var attempt = 1; ; attempt++)
        {
            if (await _limits.WaitAsync(reference.ConversationId, retry.MaxInlineWait, cancellationToken) is { } wait)
            {
                return DeliveryResult.Failed(FailureReason.RateLimited, "Teams rate limit for this conversation reached", wait);
            }

            var token = await tokens.GetTokenAsync(cancellationToken);
            if (token.Token is not { } bearer)
            {
                return DeliveryResult.Failed(token.Reason ?? FailureReason.AuthError, token.Error ?? "no token");
            }

            using var request = new HttpRequestMessage(method, target) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer.Reveal());
            using var response = await SendOrNullAsync(request, cancellationToken);
            if (response is null)
            {
                return DeliveryResult.Failed(FailureReason.NetworkError, $"the Bot Connector at {serviceUrl.Host} did not answer");
            }

            var status = response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return DeliveryResult.Delivered(await ActivityIdAsync(response, cancellationToken));
            }

            if (status == HttpStatusCode.Unauthorized && !renewedToken)
            {
                tokens.Invalidate(bearer);
                renewedToken = true;
                attempt--; // the one renewal does not use up a transient-error retry
                continue;
            }

            if (status == HttpStatusCode.TooManyRequests)
            {
                var retryAfter = RetryPolicy.RetryAfter(response.Headers, time.GetUtcNow()) ?? retry.Backoff(attempt);
                _limits.BlockUntil(reference.ConversationId, time.GetUtcNow() + retryAfter);
                if (attempt < retry.MaxAttempts && retryAfter <= retry.MaxInlineWait)
                {
                    continue;
                }

                return DeliveryResult.Failed(FailureReason.RateLimited, "Teams answered 429", retryAfter);
            }

            if (RetryPolicy.IsTransient(status) && attempt < retry.MaxAttempts)
            {
                LogTransient((int)status, attempt);
                await Task.Delay(retry.Backoff(attempt), time, cancellationToken);
                continue;
            }

            return ConnectorFailure.From(status, await response.Content.ReadAsStringAsync(cancellationToken));
        }
    }

    private async Task<HttpResponseMessage?> SendOrNullAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            LogNetwork(ex.Message);
            return null;
        }
    }

    private static async Task<string?> ActivityIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var json = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            return json.Length == 0 ? null : JsonSerializer.Deserialize(json, TeamsJsonContext.Default.ResourceResponse)?.Id;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Teams ids contain ':', '@' and ';' (BBD Conversations.cs escapes them the same way).
    private static string Escape(string id) => Uri.EscapeDataString(id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused to call the Bot Connector at {Host}: not in Teams:AllowedServiceUrlHosts")]
    private partial void LogRefused(string host);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Connector answered {Status} (attempt {Attempt}); retrying")]
    private partial void LogTransient(int status, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Connector request failed: {Error}")]
    private partial void LogNetwork(string error);
}

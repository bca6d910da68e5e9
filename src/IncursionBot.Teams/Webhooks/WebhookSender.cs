using System.Net;
using System.Text;
using IncursionBot.Core.Ports;
using IncursionBot.Core.Security;
using IncursionBot.Teams.Cards;
using IncursionBot.Teams.Connector;
using IncursionBot.Teams.Throttling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncursionBot.Teams.Webhooks;

/// <summary>
/// Posts alerts to Workflows webhooks (<c>Teams:Webhooks</c>, channel <c>webhook:NAME</c>). A webhook cannot edit a
/// posted card, so an update is posted as a new card headed "Updated". Any 2xx means accepted, not shown: flows
/// do not report their failures back.
/// </summary>
internal sealed partial class WebhookSender(HttpClient http, IOptions<TeamsOptions> options, RetryPolicy retry, TimeProvider time, ILogger<WebhookSender> logger)
{
    public const string ChannelPrefix = "webhook:";

    private readonly Dictionary<string, Secret> _urls = options.Value.Webhooks.ToDictionary(
        w => w.Key, w => new Secret(w.Value), StringComparer.OrdinalIgnoreCase);

    private readonly SlidingWindowLimiter _limits = new(TeamsRateLimits.PerWebhook, [], time);

    public IReadOnlyCollection<string> Names => _urls.Keys;

    public async Task<DeliveryResult> SendAsync(string channelId, OutgoingAlert alert, CancellationToken cancellationToken)
    {
        var name = channelId[ChannelPrefix.Length..];
        if (!_urls.TryGetValue(name, out var url))
        {
            return DeliveryResult.Failed(FailureReason.NotConfigured, $"no webhook named '{name}' in Teams:Webhooks");
        }

        var body = WebhookEnvelope.Wrap(AlertCardRenderer.Render(alert)).ToJsonString();
        if (Encoding.UTF8.GetByteCount(body) > WebhookEnvelope.MaxBytes)
        {
            return DeliveryResult.Failed(FailureReason.ClientError, $"the card is larger than the webhook limit of {WebhookEnvelope.MaxBytes} bytes");
        }

        for (var attempt = 1; ; attempt++)
        {
            if (await _limits.WaitAsync(name, retry.MaxInlineWait, cancellationToken) is { } wait)
            {
                return DeliveryResult.Failed(FailureReason.RateLimited, "Workflows webhook rate limit reached", wait);
            }

            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            HttpResponseMessage response;
            try
            {
                response = await http.PostAsync(new Uri(url.Reveal()), content, cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                var error = url.Scrub(ex.Message);
                LogFailed(name, error);
                return DeliveryResult.Failed(FailureReason.NetworkError, $"webhook '{name}' unreachable: {error}");
            }

            using (response)
            {
                if (response.IsSuccessStatusCode)
                {
                    // A webhook returns no message id; this one lets the dispatcher treat later revisions as updates.
                    return DeliveryResult.Delivered(ChannelPrefix + alert.IdempotencyKey);
                }

                var status = response.StatusCode;
                if (status == HttpStatusCode.TooManyRequests)
                {
                    var retryAfter = RetryPolicy.RetryAfter(response.Headers, time.GetUtcNow()) ?? retry.Backoff(attempt);
                    _limits.BlockUntil(name, time.GetUtcNow() + retryAfter);
                    if (attempt < retry.MaxAttempts && retryAfter <= retry.MaxInlineWait)
                    {
                        continue;
                    }

                    return DeliveryResult.Failed(FailureReason.RateLimited, $"webhook '{name}' answered 429", retryAfter);
                }

                if (RetryPolicy.IsTransient(status) && attempt < retry.MaxAttempts)
                {
                    await Task.Delay(retry.Backoff(attempt), time, cancellationToken);
                    continue;
                }

                LogFailed(name, $"HTTP {(int)status}");
                return DeliveryResult.Failed(Reason(status), $"webhook '{name}' answered {(int)status}");
            }
        }
    }

    private static FailureReason Reason(HttpStatusCode status) => status switch
    {
        // The flow was deleted or turned off, or its URL's signature was regenerated.
        HttpStatusCode.NotFound or HttpStatusCode.Gone or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => FailureReason.ChannelGone,
        HttpStatusCode.RequestTimeout or HttpStatusCode.PreconditionFailed or >= HttpStatusCode.InternalServerError => FailureReason.ServerError,
        _ => FailureReason.ClientError,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams webhook {Name} failed: {Error}")]
    private partial void LogFailed(string name, string error);
}

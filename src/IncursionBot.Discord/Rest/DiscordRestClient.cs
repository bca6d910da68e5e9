using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IncursionBot.Core.Security;
using IncursionBot.Discord.RateLimits;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncursionBot.Discord.Rest;

/// <summary>
/// Sends REST requests to Discord through the rate limiter. A 429 is waited out and the same request sent again
/// within the caller's token, unless Discord asks for longer than <see cref="DiscordOptions.MaxInlineRateLimitWait"/>;
/// other failures come back as the response, for the caller to map. Logs name route templates, never paths
/// (they can hold interaction tokens).
/// </summary>
internal sealed partial class DiscordRestClient(
    IHttpClientFactory httpClients,
    RestRateLimiter limiter,
    DiscordState state,
    IOptions<DiscordOptions> options,
    ILogger<DiscordRestClient> logger)
{
    public const string HttpClientName = "discord";

    /// <summary>Discord requires this form: <c>DiscordBot ($url, $versionNumber)</c>.</summary>
    public static readonly string UserAgent = $"DiscordBot (https://github.com/incursionbot/incursionbot, {Version})";

    private const int MaxRateLimitRetries = 5;
    private const int MaxResponseBytes = 4 * 1024 * 1024;

    private static string Version =>
        typeof(DiscordRestClient).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    private readonly Secret _token = options.Value.Token;
    private readonly string _baseUrl = options.Value.ApiBaseUrl.TrimEnd('/');

    public Task<DiscordResponse> SendAsync<T>(DiscordRoute route, T body, JsonTypeInfo<T> type, CancellationToken cancellationToken) =>
        SendAsync(route, JsonSerializer.SerializeToUtf8Bytes(body, type), cancellationToken);

    public async Task<DiscordResponse> SendAsync(DiscordRoute route, byte[]? body, CancellationToken cancellationToken)
    {
        if (!route.IsInteraction && state.TokenRevoked is not null)
        {
            return DiscordResponse.TokenRevoked;
        }

        for (var attempt = 1; ; attempt++)
        {
            var lease = await limiter.AcquireAsync(route, cancellationToken);
            DiscordResponse response;
            try
            {
                response = await SendOnceAsync(route, lease, body, cancellationToken);
            }
            catch
            {
                lease.Abandon();
                throw;
            }

            if (response.Status == 401 && !route.IsInteraction && state.RevokeToken($"Discord answered 401 to {route.RouteKey}; fix Discord:BotToken and restart"))
            {
                LogTokenRevoked(route.RouteKey);
            }

            if (response.Status != 429)
            {
                return response;
            }

            var wait = response.RetryAfter ?? TimeSpan.FromSeconds(1);
            if (attempt >= MaxRateLimitRetries || wait > options.Value.MaxInlineRateLimitWait)
            {
                LogRateLimitReturned(route.RouteKey, wait);
                return response;
            }

            LogRateLimited(route.RouteKey, wait, attempt);
        }
    }

    private async Task<DiscordResponse> SendOnceAsync(DiscordRoute route, RequestLease lease, byte[]? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(route.Method, _baseUrl + route.Path);
        request.Headers.UserAgent.ParseAdd(UserAgent);
        if (!route.IsInteraction)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _token.Reveal());
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var http = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var headers = RateLimitHeaders.Parse(http.Headers);
        var bytes = await ReadBodyAsync(http.Content, cancellationToken);
        var status = (int)http.StatusCode;
        TimeSpan? retryAfter = null;
        if (status == 429)
        {
            var limited = JsonBody(bytes);
            retryAfter = limited is { RetryAfter: > 0 } ? TimeSpan.FromSeconds(limited.RetryAfter) : headers.RetryAfterHeader ?? TimeSpan.FromSeconds(1);
            headers = headers with { Global = headers.Global || limited?.Global == true };
        }

        limiter.Complete(route, lease, status, headers, retryAfter);
        LogResponse(route.RouteKey, status);
        return new DiscordResponse(status, bytes, retryAfter);
    }

    private static RateLimitBody? JsonBody(byte[] bytes)
    {
        try
        {
            return bytes.Length == 0 ? null : JsonSerializer.Deserialize(bytes, DiscordJson.Default.RateLimitBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxResponseBytes)
            {
                throw new HttpRequestException($"Discord's response exceeded {MaxResponseBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord {Route} answered {Status}")]
    private partial void LogResponse(string route, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord rate-limited {Route}; waiting {Wait} and sending again (attempt {Attempt})")]
    private partial void LogRateLimited(string route, TimeSpan wait, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord rate-limited {Route} for {Wait}; handing the request back to be retried later")]
    private partial void LogRateLimitReturned(string route, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord rejected the bot token (401 on {Route}); no more authenticated requests until restart. Fix Discord:BotToken")]
    private partial void LogTokenRevoked(string route);
}

using System.Net;
using System.Text.Json;
using IncursionBot.Core.Ports;
using IncursionBot.Core.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncursionBot.Teams.Auth;

/// <summary>
/// The bot's client-credentials token for the Bot Connector: cached, renewed <see cref="RenewBefore"/> ahead of
/// expiry, fetched by one caller at a time, and dropped when the Connector answers 401.
/// </summary>
internal sealed partial class BotTokenProvider(HttpClient http, IOptions<TeamsOptions> options, TimeProvider time, ILogger<BotTokenProvider> logger)
{
    public const string Scope = "https://api.botframework.com/.default";

    /// <summary>Renew this long before expiry so no request leaves with a token about to lapse (BFAUTH; Sentry uses the same margin).</summary>
    public static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _fetching = new(1, 1);
    private readonly Secret _password = new(options.Value.AppPassword);
    private CachedToken? _cached;

    /// <summary>What <c>/healthz</c> shows: never the token.</summary>
    public TokenStatus Status { get; private set; } = new("not fetched yet", null, null, false);

    public async Task<TokenResult> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Fresh(Volatile.Read(ref _cached)) is { } token)
        {
            return TokenResult.Ok(token);
        }

        await _fetching.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(_cached) is { } fetchedMeanwhile)
            {
                return TokenResult.Ok(fetchedMeanwhile);
            }

            var result = await FetchAsync(cancellationToken);
            Status = result.Token is null
                ? Status with { State = "failed", LastError = result.Error, CredentialsRefused = result.Reason == FailureReason.AuthError }
                : new TokenStatus("valid", _cached?.ExpiresAt, null, false);
            return result;
        }
        finally
        {
            _fetching.Release();
        }
    }

    /// <summary>Forgets <paramref name="rejected"/> so the next call fetches a new token (only if it is still the cached one).</summary>
    public void Invalidate(Secret rejected)
    {
        var cached = Volatile.Read(ref _cached);
        if (cached is not null && ReferenceEquals(cached.Token, rejected))
        {
            Interlocked.CompareExchange(ref _cached, null, cached);
            Status = Status with { State = "rejected by the Connector; renewing" };
        }
    }

    private Secret? Fresh(CachedToken? cached) =>
        cached is not null && time.GetUtcNow() < cached.ExpiresAt - RenewBefore ? cached.Token : null;

    private async Task<TokenResult> FetchAsync(CancellationToken cancellationToken)
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = options.Value.AppId,
            ["client_secret"] = _password.Reveal(),
            ["scope"] = Scope,
        });
        try
        {
            using var response = await http.PostAsync(new Uri(options.Value.EffectiveTokenEndpoint), form, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return Failed(response.StatusCode, TokenError(body));
            }

            var parsed = JsonSerializer.Deserialize(body, TeamsJsonContext.Default.TokenResponse);
            if (parsed?.AccessToken is not { Length: > 0 } accessToken || parsed.ExpiresIn <= 0)
            {
                return Failed(response.StatusCode, "the token endpoint answered without access_token/expires_in");
            }

            var cached = new CachedToken(new Secret(accessToken), time.GetUtcNow().AddSeconds(parsed.ExpiresIn));
            Volatile.Write(ref _cached, cached);
            LogTokenFetched(cached.ExpiresAt);
            return TokenResult.Ok(cached.Token);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var error = _password.Scrub(ex.Message);
            LogTokenFailed(error);
            return TokenResult.Fail(FailureReason.NetworkError, $"token endpoint unreachable: {error}");
        }
    }

    private TokenResult Failed(HttpStatusCode status, string error)
    {
        var reason = status switch
        {
            HttpStatusCode.TooManyRequests => FailureReason.RateLimited,
            >= HttpStatusCode.InternalServerError => FailureReason.ServerError,
            _ => FailureReason.AuthError,
        };
        var detail = $"token endpoint answered {(int)status}: {_password.Scrub(error)}";
        LogTokenFailed(detail);
        return TokenResult.Fail(reason, detail);
    }

    private static string TokenError(string body)
    {
        try
        {
            var error = JsonSerializer.Deserialize(body, TeamsJsonContext.Default.TokenErrorResponse);
            var description = error?.ErrorDescription?.Split('\n', 2)[0].Trim() ?? string.Empty;
            return $"{error?.Error ?? "unknown error"} {Core.Alerts.TextAlertRenderer.Truncate(description, 200)}".Trim();
        }
        catch (JsonException)
        {
            return "unreadable error body";
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Connector token fetched; valid until {ExpiresAt}")]
    private partial void LogTokenFetched(DateTimeOffset expiresAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot Connector token not available: {Error}")]
    private partial void LogTokenFailed(string error);

    private sealed record CachedToken(Secret Token, DateTimeOffset ExpiresAt);
}

/// <summary>A token, or why there is none (the reason a send then fails with).</summary>
internal sealed record TokenResult(Secret? Token, FailureReason? Reason, string? Error)
{
    public static TokenResult Ok(Secret token) => new(token, null, null);

    public static TokenResult Fail(FailureReason reason, string error) => new(null, reason, error);
}

/// <summary>The token's state for <c>/healthz</c>.</summary>
internal sealed record TokenStatus(string State, DateTimeOffset? ValidUntil, string? LastError, bool CredentialsRefused);

using System.Text.Json;
using IncursionBot.Teams.Throttling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace IncursionBot.Teams.Auth;

/// <summary>
/// The signing keys behind <c>Teams:OpenIdMetadataUrl</c>: fetched on first use, refreshed when older than
/// <see cref="MaxAge"/> and when a token names an unknown key (a rotation), one fetch at a time.
/// </summary>
internal sealed partial class OpenIdKeyCache(HttpClient http, IOptions<TeamsOptions> options, TimeProvider time, ILogger<OpenIdKeyCache> logger)
{
    /// <summary>The Bot Framework asks for a refresh at least every 24 hours (BFAUTH); half that leaves room for a failed fetch.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(12);

    /// <summary>After a failed fetch, the keys in hand are used for this long before the next attempt.</summary>
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _fetching = new(1, 1);

    // Forged tokens with made-up key ids must not turn into a flood of metadata fetches.
    private readonly SlidingWindowLimiter _unknownKeyRefreshes = new([new(6, TimeSpan.FromMinutes(1))], [], time);

    private Snapshot _snapshot = new([], DateTimeOffset.MinValue);

    /// <summary>The keys with this id, refreshing first when the set is stale or does not know the id.</summary>
    public async Task<IReadOnlyList<SigningKey>> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (time.GetUtcNow() >= snapshot.RefreshAt)
        {
            snapshot = await RefreshAsync(snapshot, cancellationToken);
        }

        var found = snapshot.Find(keyId);
        if (found.Count == 0 && _unknownKeyRefreshes.TryAcquire("kid") == TimeSpan.Zero)
        {
            snapshot = await RefreshAsync(snapshot, cancellationToken);
            found = snapshot.Find(keyId);
        }

        return found;
    }

    private async Task<Snapshot> RefreshAsync(Snapshot seen, CancellationToken cancellationToken)
    {
        await _fetching.WaitAsync(cancellationToken);
        try
        {
            var current = Volatile.Read(ref _snapshot);
            if (!ReferenceEquals(current, seen))
            {
                return current;
            }

            Snapshot next;
            try
            {
                var keys = await FetchAsync(cancellationToken);
                next = new Snapshot(keys, time.GetUtcNow() + MaxAge);
                LogKeysRefreshed(keys.Count);
            }
            catch (Exception ex) when (IsFetchFailure(ex, cancellationToken))
            {
                LogKeysFailed(ex.GetType().Name, ex.Message);
                next = current with { RefreshAt = time.GetUtcNow() + RetryAfterFailure };
            }

            Volatile.Write(ref _snapshot, next);
            return next;
        }
        finally
        {
            _fetching.Release();
        }
    }

    private async Task<IReadOnlyList<SigningKey>> FetchAsync(CancellationToken cancellationToken)
    {
        var metadataJson = await http.GetStringAsync(new Uri(options.Value.OpenIdMetadataUrl), cancellationToken);
        var metadata = OpenIdConnectConfiguration.Create(metadataJson);
        if (!UrlRules.TryParseEndpoint(metadata.JwksUri, out var jwksUri))
        {
            throw new InvalidOperationException("the OpenID metadata has no https jwks_uri");
        }

        var jwksJson = await http.GetStringAsync(jwksUri, cancellationToken);
        using var document = JsonDocument.Parse(jwksJson);
        var keys = new List<SigningKey>();
        foreach (var element in document.RootElement.GetProperty("keys").EnumerateArray())
        {
            var jwk = JsonWebKey.Create(element.GetRawText());
            if (string.IsNullOrEmpty(jwk.Kid) || jwk.Kty != JsonWebAlgorithmsKeyTypes.RSA)
            {
                continue;
            }

            keys.Add(new SigningKey(jwk.Kid, jwk, Endorsements(element)));
        }

        return keys;
    }

    private static bool IsFetchFailure(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException or JsonException or ArgumentException or InvalidOperationException or KeyNotFoundException
            or FormatException
        || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static HashSet<string> Endorsements(JsonElement key)
    {
        var endorsements = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            endorsements.UnionWith(list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
        }

        return endorsements;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Framework signing keys refreshed: {Count} keys")]
    private partial void LogKeysRefreshed(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not refresh the Bot Framework signing keys ({ErrorType}): {Error}")]
    private partial void LogKeysFailed(string errorType, string error);

    private sealed record Snapshot(IReadOnlyList<SigningKey> Keys, DateTimeOffset RefreshAt)
    {
        public IReadOnlyList<SigningKey> Find(string keyId) => Keys.Where(k => k.KeyId == keyId).ToArray();
    }
}

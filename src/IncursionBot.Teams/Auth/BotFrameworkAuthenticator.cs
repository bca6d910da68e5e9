using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IncursionBot.Teams.Auth;

/// <summary>
/// Validates the Bot Connector's JWT as BFAUTH prescribes, in two steps: the token alone (before the body is read),
/// then its binding to the activity (<c>serviceurl</c> claim, key endorsement for the activity's channel).
/// There is deliberately no way to turn this off.
/// </summary>
internal sealed class BotFrameworkAuthenticator(OpenIdKeyCache keys, IOptions<TeamsOptions> options, TimeProvider time)
{
    public const string Issuer = "https://api.botframework.com";

    public const string ServiceUrlClaim = "serviceurl";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<AuthResult> AuthenticateAsync(string? authorization, CancellationToken cancellationToken)
    {
        var parts = authorization?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return AuthResult.Unauthorized("missing or malformed Bearer authorization header");
        }

        if (Read(parts[1]) is not { } token)
        {
            return AuthResult.Unauthorized("the bearer token is not a JWT");
        }

        var raw = parts[1];
        if (token.Alg != SecurityAlgorithms.RsaSha256)
        {
            return AuthResult.Unauthorized($"token algorithm '{token.Alg}' is not RS256");
        }

        // Connector tokens carry kid and x5t with the same value; either names the key.
        var keyId = string.IsNullOrEmpty(token.Kid) ? token.X5t : token.Kid;
        if (string.IsNullOrEmpty(keyId))
        {
            return AuthResult.Unauthorized("the token names no signing key");
        }

        var candidates = await keys.FindAsync(keyId, cancellationToken);
        if (candidates.Count == 0)
        {
            return AuthResult.Unauthorized("the token's signing key is not in the Bot Framework key set");
        }

        var result = await _handler.ValidateTokenAsync(raw, Parameters(candidates));
        if (!result.IsValid)
        {
            return AuthResult.Unauthorized($"token rejected: {result.Exception?.GetType().Name ?? "invalid"}");
        }

        var validated = (JsonWebToken)result.SecurityToken;
        if (!validated.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrl) || string.IsNullOrWhiteSpace(serviceUrl))
        {
            return AuthResult.Unauthorized("the token has no serviceurl claim");
        }

        var signer = candidates.FirstOrDefault(k => ReferenceEquals(k.Key, validated.SigningKey)) ?? candidates[0];
        return AuthResult.Authenticated(new BotFrameworkIdentity(serviceUrl, signer.Endorsements));
    }

    private JsonWebToken? Read(string raw)
    {
        try
        {
            return _handler.CanReadToken(raw) ? _handler.ReadJsonWebToken(raw) : null;
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            return null;
        }
    }

    /// <summary>Binds a valid token to the activity it came with.</summary>
    public static AuthResult Authorize(BotFrameworkIdentity identity, string? activityServiceUrl, string? channelId)
    {
        if (!string.Equals(identity.ServiceUrl, activityServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthResult.Unauthorized("the token's serviceurl claim does not match the activity's serviceUrl");
        }

        if (string.IsNullOrEmpty(channelId) || !identity.Endorsements.Contains(channelId))
        {
            return AuthResult.Forbidden($"the signing key is not endorsed for channel '{channelId}'");
        }

        return AuthResult.Authenticated(identity);
    }

    private TokenValidationParameters Parameters(IReadOnlyList<SigningKey> candidates) => new()
    {
        ValidIssuer = Issuer,
        ValidateIssuer = true,
        ValidAudience = options.Value.AppId,
        ValidateAudience = true,
        IssuerSigningKeys = candidates.Select(k => k.Key).ToArray(),
        ValidateIssuerSigningKey = true,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = ClockSkew,
        LifetimeValidator = (notBefore, expires, _, _) => WithinLifetime(notBefore, expires),
    };

    private bool WithinLifetime(DateTime? notBefore, DateTime? expires)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } expiry && now <= expiry + ClockSkew && (notBefore is not { } start || now >= start - ClockSkew);
    }
}

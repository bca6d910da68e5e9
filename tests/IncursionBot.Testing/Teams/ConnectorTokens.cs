using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IncursionBot.Testing.Teams;

/// <summary>Tokens as the Bot Connector issues them (BFAUTH), and the forgeries the bot must refuse.</summary>
public static class ConnectorTokens
{
    public const string Issuer = "https://api.botframework.com";

    public static string Create(TokenSpec spec)
    {
        var claims = new Dictionary<string, object>();
        if (spec.ServiceUrl is not null)
        {
            claims["serviceurl"] = spec.ServiceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            IssuedAt = spec.Now.UtcDateTime,
            NotBefore = (spec.NotBefore ?? spec.Now.AddMinutes(-1)).UtcDateTime,
            Expires = (spec.Expires ?? spec.Now.AddHours(1)).UtcDateTime,
            Claims = claims,
            SigningCredentials = spec.Credentials,
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public static SigningCredentials Rs256(TestSigningKey key) => new(key.SecurityKey, SecurityAlgorithms.RsaSha256);

    /// <summary>A token with <c>alg: none</c> and no signature, naming a real key id.</summary>
    public static string Unsigned(string keyId, string audience, string serviceUrl, DateTimeOffset now)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = keyId };
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["aud"] = audience,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        return $"{Encode(header)}.{Encode(payload)}.";
    }

    /// <summary>An HS256 token keyed with a published key id, the classic algorithm-confusion forgery.</summary>
    public static SigningCredentials Hs256(string keyId) =>
        new(new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a-shared-secret-that-is-long-enough-for-hs256!!")) { KeyId = keyId }, SecurityAlgorithms.HmacSha256);

    private static string Encode(JsonObject json) => Base64UrlEncoder.Encode(json.ToJsonString());
}

/// <summary>What goes into a test token; defaults make a valid one.</summary>
public sealed record TokenSpec(SigningCredentials Credentials, string Audience, string? ServiceUrl, DateTimeOffset Now)
{
    public string Issuer { get; init; } = ConnectorTokens.Issuer;

    public DateTimeOffset? NotBefore { get; init; }

    public DateTimeOffset? Expires { get; init; }
}

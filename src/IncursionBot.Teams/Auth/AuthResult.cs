namespace IncursionBot.Teams.Auth;

/// <summary>What the Connector's token proved: the service URL it was issued for and the channels its key may speak for.</summary>
internal sealed record BotFrameworkIdentity(string ServiceUrl, IReadOnlySet<string> Endorsements);

/// <summary>An authentication decision: an identity, or the HTTP status (401/403) to answer with and why.</summary>
internal sealed record AuthResult(BotFrameworkIdentity? Identity, int StatusCode, string? Failure)
{
    public bool Succeeded => Identity is not null;

    public static AuthResult Authenticated(BotFrameworkIdentity identity) => new(identity, 200, null);

    public static AuthResult Unauthorized(string failure) => new(null, 401, failure);

    public static AuthResult Forbidden(string failure) => new(null, 403, failure);
}

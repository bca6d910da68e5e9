using Microsoft.IdentityModel.Tokens;

namespace IncursionBot.Teams.Auth;

/// <summary>A key of the Bot Framework's JWKS with the channels it is endorsed for (<c>msteams</c>, ...).</summary>
internal sealed record SigningKey(string KeyId, SecurityKey Key, IReadOnlySet<string> Endorsements);

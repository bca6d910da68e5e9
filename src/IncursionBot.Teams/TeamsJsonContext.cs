using System.Text.Json.Serialization;
using IncursionBot.Teams.Connector;

namespace IncursionBot.Teams;

/// <summary>Source-generated JSON for what the adapter reads and stores.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(TokenErrorResponse))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConnectorErrorResponse))]
[JsonSerializable(typeof(Inbound.ErrorBody))]
internal sealed partial class TeamsJsonContext : JsonSerializerContext;

/// <summary>The token endpoint's success body.</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] long ExpiresIn);

/// <summary>The token endpoint's OAuth error body.</summary>
internal sealed record TokenErrorResponse(
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("error_description")] string? ErrorDescription);

/// <summary>The Connector's answer to a send or update: the activity id.</summary>
internal sealed record ResourceResponse(string? Id);

/// <summary>The Connector's <c>ErrorResponse</c> (BFAPI).</summary>
internal sealed record ConnectorErrorResponse(ConnectorError? Error);

internal sealed record ConnectorError(string? Code, string? Message);

using System.Text.Json;
using System.Text.Json.Serialization;
using IncursionBot.Discord.Commands;
using IncursionBot.Discord.Interactions;
using IncursionBot.Discord.Rest;

namespace IncursionBot.Discord;

/// <summary>Source-generated JSON for every Discord object the bot writes or reads: snake_case, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(MessageCreateRequest))]
[JsonSerializable(typeof(MessageEditRequest))]
[JsonSerializable(typeof(MessageResponse))]
[JsonSerializable(typeof(DiscordErrorBody))]
[JsonSerializable(typeof(RateLimitBody))]
[JsonSerializable(typeof(GatewayBotResponse))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(WebhookMessageRequest))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class DiscordJson : JsonSerializerContext;

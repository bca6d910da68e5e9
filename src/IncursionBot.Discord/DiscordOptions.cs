using IncursionBot.Core.Security;

namespace IncursionBot.Discord;

/// <summary>
/// The <c>Discord</c> section of configuration. Discord is off when <see cref="BotToken"/> is empty; then nothing that
/// sends is registered and <c>POST /discord/interactions</c> answers 404.
/// </summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>The bot token, bare (without the <c>Bot </c> prefix). Read it through <see cref="Token"/>.</summary>
    public string? BotToken { get; set; }

    /// <summary>The application's id (a snowflake): commands are registered under it.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The application's Ed25519 public key, 64 hex characters; without it the HTTP interactions endpoint is off.</summary>
    public string? PublicKey { get; set; }

    /// <summary>Register commands in this guild only (instant updates while developing); global when empty.</summary>
    public string? GuildId { get; set; }

    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Receive interactions over the Gateway. Defaults to on when a token is set.</summary>
    public bool? GatewayEnabled { get; set; }

    /// <summary>Register the slash commands at start (skipped when Discord already has the same ones).</summary>
    public bool RegisterCommands { get; set; } = true;

    /// <summary>A command slower than this is answered with "thinking…" and finished by a follow-up (Discord allows 3 s).</summary>
    public TimeSpan InteractionDeferAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>An interaction whose signed timestamp is older than this is refused (replays).</summary>
    public TimeSpan SignatureMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Largest interaction body accepted; larger ones get 413.</summary>
    public int MaxInteractionBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Upper bound of one HTTP request to Discord.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A 429 asking to wait longer than this is handed back to the dispatcher instead of waited out in the call.</summary>
    public TimeSpan MaxInlineRateLimitWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often an instance that does not hold the gateway checks whether it can take it over.</summary>
    public TimeSpan GatewayStandbyRetry { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Discord's global limit is 50 requests per second per bot.</summary>
    public int GlobalRequestsPerSecond { get; set; } = 50;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(BotToken);

    public bool UseGateway => IsEnabled && (GatewayEnabled ?? true);

    public bool HasPublicKey => !string.IsNullOrWhiteSpace(PublicKey);

    public Secret Token => new(BotToken?.Trim() ?? string.Empty);

    public override string ToString() => $"Discord(enabled: {IsEnabled}, application: {ApplicationId}, gateway: {UseGateway})";
}

using Microsoft.Extensions.Options;

namespace IncursionBot.Discord;

/// <summary>Fails start-up with messages that name the <c>Discord:</c> key to fix. Nothing is checked while Discord is off.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    private const string Prefix = DiscordOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        if (!options.IsEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        var token = options.BotToken!.Trim();
        if (token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase) || token.Any(char.IsWhiteSpace))
        {
            errors.Add($"{Prefix}BotToken must be the bare bot token, without the 'Bot ' prefix or spaces.");
        }

        if (!IsSnowflake(options.ApplicationId))
        {
            errors.Add($"{Prefix}ApplicationId must be the application's numeric id (from the Developer Portal) when {Prefix}BotToken is set.");
        }

        if (options.HasPublicKey && !IsHex(options.PublicKey!.Trim(), 64))
        {
            errors.Add($"{Prefix}PublicKey must be 64 hex characters (the application's public key from the Developer Portal).");
        }

        if (!string.IsNullOrWhiteSpace(options.GuildId) && !IsSnowflake(options.GuildId))
        {
            errors.Add($"{Prefix}GuildId must be a numeric guild id, or empty to register commands globally.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"{Prefix}ApiBaseUrl must be an absolute http(s) URL such as {DiscordOptions.DefaultApiBaseUrl}.");
        }

        AddIfNotPositive(errors, options.InteractionDeferAfter, "InteractionDeferAfter", TimeSpan.FromSeconds(2.5));
        AddIfNotPositive(errors, options.SignatureMaxAge, "SignatureMaxAge", TimeSpan.FromHours(1));
        AddIfNotPositive(errors, options.RequestTimeout, "RequestTimeout", TimeSpan.FromMinutes(5));
        AddIfNotPositive(errors, options.GatewayStandbyRetry, "GatewayStandbyRetry", TimeSpan.FromMinutes(10));
        AddIfNotPositive(errors, options.MaxInlineRateLimitWait, "MaxInlineRateLimitWait", TimeSpan.FromMinutes(5));
        if (options.MaxInteractionBodyBytes is < 1024 or > 4 * 1024 * 1024)
        {
            errors.Add($"{Prefix}MaxInteractionBodyBytes must be between 1024 and 4194304.");
        }

        if (options.GlobalRequestsPerSecond is < 1 or > 50)
        {
            errors.Add($"{Prefix}GlobalRequestsPerSecond must be between 1 and 50 (Discord's global limit).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    internal static bool IsSnowflake(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= 20 && text.Trim().All(char.IsAsciiDigit);

    private static bool IsHex(string text, int length) => text.Length == length && text.All(char.IsAsciiHexDigit);

    private static void AddIfNotPositive(List<string> errors, TimeSpan value, string key, TimeSpan max)
    {
        if (value <= TimeSpan.Zero || value > max)
        {
            errors.Add($"{Prefix}{key} must be a positive duration of at most {max} (got {value}).");
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IncursionBot.Discord.Rest;

/// <summary>A REST answer: status and body, plus how long Discord asked to wait when it was a 429.</summary>
internal sealed record DiscordResponse(int Status, byte[] Body, TimeSpan? RetryAfter = null)
{
    /// <summary>A 401 produced locally: the token was rejected before, so nothing was sent.</summary>
    public static DiscordResponse TokenRevoked { get; } = new(401, []);

    public bool IsSuccess => Status is >= 200 and < 300;

    public T? Read<T>(JsonTypeInfo<T> type)
        where T : class
    {
        if (Body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(Body, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Discord's error code and message (e.g. 10003 Unknown Channel), when the body has them.</summary>
    public DiscordErrorBody? Error => IsSuccess ? null : Read(DiscordJson.Default.DiscordErrorBody);

    /// <summary>"403 Missing Permissions (50013)": short, for logs and delivery records; no request details.</summary>
    public string Describe()
    {
        var error = Error;
        var text = error?.Message is { Length: > 0 } message ? $"{Status} {Truncate(message, 200)}" : Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return error is { Code: > 0 } ? $"{text} ({error.Code})" : text;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}

using IncursionBot.Core.Incidents;
using IncursionBot.Core.Subscriptions;
using Microsoft.Extensions.Options;

namespace IncursionBot.Configuration;

/// <summary>Checks the <c>Subscriptions</c> array and turns it into Core subscriptions.</summary>
public sealed class StaticSubscriptionsValidator : IValidateOptions<StaticSubscriptionsOptions>
{
    private static readonly string[] ChatPlatforms = ["console", "discord", "teams"];

    public ValidateOptionsResult Validate(string? name, StaticSubscriptionsOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.Items.Count; i++)
        {
            var entry = options.Items[i];
            var key = $"Subscriptions:{i}";
            if (!ChatPlatforms.Contains(entry.Platform.Trim().ToLowerInvariant()))
            {
                errors.Add($"{key}:Platform '{entry.Platform}' is not a chat platform; use console, discord or teams.");
            }

            if (string.IsNullOrWhiteSpace(entry.Channel))
            {
                errors.Add($"{key}:Channel is required (a Discord channel id, a Teams conversation id or webhook:<name>, or any name for console).");
            }

            errors.AddRange(entry.Countries.Where(c => c.Trim() != "*" && !Countries.TryResolve(c, out _))
                .Select(c => $"{key}:Countries has '{c}', which is not a NATO/EU member or Moldova; use an ISO code such as PL, or *."));
            errors.AddRange(entry.Platforms.Where(p => p.Trim() != "*" && !PlatformNames.TryParse(p, out _))
                .Select(p => $"{key}:Platforms has '{p}'; use one of {string.Join(", ", PlatformNames.All.Select(x => x.ToWire()))}, or *."));
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>The validated entries as Core subscriptions; <c>*</c> becomes the empty (any) set.</summary>
    public static IReadOnlyList<NewSubscription> ToSubscriptions(StaticSubscriptionsOptions options) =>
        options.Items.Select(entry => new NewSubscription(
                new ChannelRef(entry.Platform.Trim().ToLowerInvariant(), entry.Channel.Trim()),
                entry.Countries.Any(c => c.Trim() == "*")
                    ? new HashSet<string>()
                    : entry.Countries.Select(c => Countries.TryResolve(c, out var country) ? country.Code : c).ToHashSet(),
                entry.Platforms.Any(p => p.Trim() == "*")
                    ? new HashSet<Platform>()
                    : entry.Platforms.Select(p => PlatformNames.TryParse(p, out var platform) ? platform : default).ToHashSet(),
                IsStatic: true))
            .ToArray();
}

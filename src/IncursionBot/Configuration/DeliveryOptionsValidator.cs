using IncursionBot.Core.Delivery;
using Microsoft.Extensions.Options;

namespace IncursionBot.Configuration;

/// <summary>Checks the <c>Delivery</c> section.</summary>
public sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        var errors = new List<string>();
        if (options.GroupThreshold < 1)
        {
            errors.Add($"Delivery:GroupThreshold must be at least 1 (got {options.GroupThreshold}).");
        }

        if (options.GroupWait < TimeSpan.Zero || options.GroupWait > TimeSpan.FromMinutes(10))
        {
            errors.Add($"Delivery:GroupWait must be between 0 and 10 minutes (got {options.GroupWait}).");
        }

        if (options.MaxAttempts < 1)
        {
            errors.Add($"Delivery:MaxAttempts must be at least 1 (got {options.MaxAttempts}).");
        }

        if (options.MaxAge <= TimeSpan.Zero || options.Lease <= TimeSpan.Zero || options.SendTimeout <= TimeSpan.Zero)
        {
            errors.Add("Delivery:MaxAge, Delivery:Lease and Delivery:SendTimeout must be positive durations such as 00:02:00.");
        }

        if (options.Lease <= options.SendTimeout)
        {
            errors.Add($"Delivery:Lease ({options.Lease}) must be longer than Delivery:SendTimeout ({options.SendTimeout}), or a slow send could be taken over and posted twice.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

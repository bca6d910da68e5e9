namespace IncursionBot.Core.Delivery;

/// <summary>Exponential backoff with jitter that never undercuts a server's Retry-After.</summary>
public static class RetrySchedule
{
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan cap, TimeSpan? retryAfter, Random random)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var capped = Math.Min(exponential, cap.TotalMilliseconds);
        // Full jitter in the upper half spreads retries of many rows without ever retrying instantly.
        var jittered = capped / 2 + random.NextDouble() * capped / 2;
        var delay = TimeSpan.FromMilliseconds(jittered);
        return retryAfter is { } after && after > delay ? after : delay;
    }
}

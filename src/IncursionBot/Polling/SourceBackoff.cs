namespace IncursionBot.Polling;

/// <summary>How long a failing source rests: doubling from its interval, capped, never shorter than Retry-After.</summary>
public static class SourceBackoff
{
    public static readonly TimeSpan Cap = TimeSpan.FromHours(1);

    public static TimeSpan After(int consecutiveFailures, TimeSpan pollInterval, TimeSpan? retryAfter)
    {
        var factor = Math.Pow(2, Math.Clamp(consecutiveFailures - 1, 0, 16));
        var delay = TimeSpan.FromTicks((long)Math.Min(pollInterval.Ticks * factor, Math.Max(Cap.Ticks, pollInterval.Ticks)));
        return retryAfter is { } after && after > delay ? after : delay;
    }
}

namespace IncursionBot.Discord.RateLimits;

/// <summary>
/// Counts 401, 403 and 429 answers (except 429s of a shared resource) over ten minutes. Discord bans an IP at
/// 10,000 of them (Topics / Rate Limits, Invalid Request Limit); this slows requests from <see cref="SlowDownAt"/>
/// on and stops them at <see cref="StopAt"/>, well before the ban.
/// </summary>
internal sealed class InvalidRequestGuard(TimeProvider time)
{
    public const int DiscordBanThreshold = 10_000;
    public const int SlowDownAt = 1_000;
    public const int StopAt = DiscordBanThreshold / 2;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Queue<DateTimeOffset> _invalid = new();

    public int Count
    {
        get
        {
            lock (_invalid)
            {
                Prune(time.GetUtcNow());
                return _invalid.Count;
            }
        }
    }

    public static bool IsInvalid(int status, RateLimitHeaders headers) =>
        status is 401 or 403 || (status == 429 && !headers.IsSharedScope);

    public void Record(int status, RateLimitHeaders headers)
    {
        if (IsInvalid(status, headers))
        {
            lock (_invalid)
            {
                _invalid.Enqueue(time.GetUtcNow());
            }
        }
    }

    /// <summary>How long the next request should wait; zero while the count is low.</summary>
    public TimeSpan Delay()
    {
        lock (_invalid)
        {
            var now = time.GetUtcNow();
            Prune(now);
            var count = _invalid.Count;
            if (count < SlowDownAt)
            {
                return TimeSpan.Zero;
            }

            if (count >= StopAt)
            {
                // Wait until enough old entries leave the window to bring the count back under the stop line.
                return _invalid.ElementAt(count - StopAt) + Window - now;
            }

            // Spread what is left of the budget over the window: the closer to the stop line, the slower.
            return Window / (StopAt - count);
        }
    }

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var delay = Delay();
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        while (_invalid.Count > 0 && now - _invalid.Peek() >= Window)
        {
            _invalid.Dequeue();
        }
    }
}

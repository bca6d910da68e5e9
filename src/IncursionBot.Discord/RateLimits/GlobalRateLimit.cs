namespace IncursionBot.Discord.RateLimits;

/// <summary>
/// Discord's global limit (50 requests per second per bot) as a sliding window, plus the pause a global 429
/// demands. Interaction callbacks and follow-ups do not pass through here: they are exempt.
/// </summary>
internal sealed class GlobalRateLimit(TimeProvider time, int requestsPerSecond)
{
    // A little over a second, so network jitter cannot make Discord see more than the limit in any one second.
    internal static readonly TimeSpan Window = TimeSpan.FromMilliseconds(1050);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Queue<DateTimeOffset> _sent = new();
    private DateTimeOffset _pausedUntil;

    public async Task AcquireAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            TimeSpan wait;
            while ((wait = TryTake()) > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops every request until <paramref name="until"/> (a 429 with <c>global: true</c>).</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (_sent)
        {
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    private TimeSpan TryTake()
    {
        lock (_sent)
        {
            var now = time.GetUtcNow();
            if (now < _pausedUntil)
            {
                return _pausedUntil - now;
            }

            while (_sent.Count > 0 && now - _sent.Peek() >= Window)
            {
                _sent.Dequeue();
            }

            if (_sent.Count < requestsPerSecond)
            {
                _sent.Enqueue(now);
                return TimeSpan.Zero;
            }

            return _sent.Peek() + Window - now;
        }
    }
}

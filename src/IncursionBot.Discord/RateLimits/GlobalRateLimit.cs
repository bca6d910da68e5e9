namespace IncursionBot.Discord.RateLimits;

/// <summary>
/// Discord's global limit (50 requests per second per bot), plus the pause a global 429 demands. Discord counts a
/// request when it arrives, which is somewhere between our send and its answer; so a request holds its slot from
/// send until one window after its answer, and no second of Discord's clock can see more than the limit, however
/// slow the network. Interaction callbacks and follow-ups do not pass through here: they are exempt.
/// </summary>
internal sealed class GlobalRateLimit(TimeProvider time, int requestsPerSecond)
{
    internal static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _lock = new();
    private readonly List<GlobalSlot> _slots = [];
    private TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset _pausedUntil;

    public async Task<GlobalSlot> AcquireAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var (slot, wait, released) = TryTake();
                if (slot is not null)
                {
                    return slot;
                }

                using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                // Wait for the earliest slot to free up, or for an in-flight request to finish and start its countdown.
                var timer = wait is { } delay ? Task.Delay(delay, time, waiting.Token) : Task.Delay(Timeout.InfiniteTimeSpan, waiting.Token);
                await Task.WhenAny(timer, released);
                await waiting.CancelAsync();
                cancellationToken.ThrowIfCancellationRequested();
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
        lock (_lock)
        {
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    internal void Release(GlobalSlot slot)
    {
        TaskCompletionSource released;
        lock (_lock)
        {
            slot.ReleasedAt = time.GetUtcNow();
            released = _released;
            _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        released.TrySetResult();
    }

    private (GlobalSlot? Slot, TimeSpan? Wait, Task Released) TryTake()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (now < _pausedUntil)
            {
                return (null, _pausedUntil - now, _released.Task);
            }

            _slots.RemoveAll(s => s.ReleasedAt is { } at && now - at >= Window);
            if (_slots.Count < requestsPerSecond)
            {
                var slot = new GlobalSlot(this);
                _slots.Add(slot);
                return (slot, null, Task.CompletedTask);
            }

            var freedAt = _slots.Where(s => s.ReleasedAt is not null).Select(s => s.ReleasedAt!.Value + Window).DefaultIfEmpty().Min();
            return (null, freedAt == default ? null : freedAt - now, _released.Task);
        }
    }
}

/// <summary>One request's place in the global window, held until its answer arrives.</summary>
internal sealed class GlobalSlot(GlobalRateLimit owner)
{
    private int _released;

    public DateTimeOffset? ReleasedAt { get; set; }

    public void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            owner.Release(this);
        }
    }
}

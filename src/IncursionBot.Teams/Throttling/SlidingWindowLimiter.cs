namespace IncursionBot.Teams.Throttling;

/// <summary>
/// Sliding-window limits per key (a conversation, a webhook) plus limits shared by all keys, on a
/// <see cref="TimeProvider"/>. A slot is taken only when every window of the key and of the whole has room.
/// </summary>
public sealed class SlidingWindowLimiter(IReadOnlyList<WindowLimit> perKey, IReadOnlyList<WindowLimit> shared, TimeProvider time)
{
    private const string SharedKey = "\0shared";
    private const int SweepEvery = 256;

    private readonly Dictionary<string, Track> _tracks = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _sinceSweep;

    /// <summary>Takes a slot and returns zero, or returns how long to wait before asking again.</summary>
    public TimeSpan TryAcquire(string key)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var own = TrackFor(key);
            var all = TrackFor(SharedKey);
            var wait = Max(own.WaitFor(perKey, now), all.WaitFor(shared, now));
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            own.Stamps.Enqueue(now);
            all.Stamps.Enqueue(now);
            if (++_sinceSweep >= SweepEvery)
            {
                Sweep(now);
            }

            return TimeSpan.Zero;
        }
    }

    /// <summary>Holds a key back until <paramref name="until"/>, e.g. after a 429 with Retry-After.</summary>
    public void BlockUntil(string key, DateTimeOffset until)
    {
        lock (_gate)
        {
            var track = TrackFor(key);
            if (until > track.BlockedUntil)
            {
                track.BlockedUntil = until;
            }
        }
    }

    /// <summary>
    /// Waits for a slot as long as the total wait stays within <paramref name="maxWait"/>; returns null once a slot
    /// is taken, or the wait that would exceed the budget (the caller reports it as Retry-After).
    /// </summary>
    public async Task<TimeSpan?> WaitAsync(string key, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var waited = TimeSpan.Zero;
        while (true)
        {
            var wait = TryAcquire(key);
            if (wait <= TimeSpan.Zero)
            {
                return null;
            }

            if (waited + wait > maxWait)
            {
                return wait;
            }

            await Task.Delay(wait, time, cancellationToken);
            waited += wait;
        }
    }

    private Track TrackFor(string key)
    {
        if (!_tracks.TryGetValue(key, out var track))
        {
            _tracks[key] = track = new Track();
        }

        return track;
    }

    private void Sweep(DateTimeOffset now)
    {
        _sinceSweep = 0;
        var horizon = perKey.Concat(shared).Select(l => l.Window).DefaultIfEmpty(TimeSpan.Zero).Max();
        foreach (var (key, track) in _tracks.ToArray())
        {
            while (track.Stamps.TryPeek(out var oldest) && oldest <= now - horizon)
            {
                track.Stamps.Dequeue();
            }

            if (track.Stamps.Count == 0 && track.BlockedUntil <= now)
            {
                _tracks.Remove(key);
            }
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed class Track
    {
        public Queue<DateTimeOffset> Stamps { get; } = new();

        public DateTimeOffset BlockedUntil { get; set; } = DateTimeOffset.MinValue;

        public TimeSpan WaitFor(IReadOnlyList<WindowLimit> limits, DateTimeOffset now)
        {
            var longest = limits.Select(l => l.Window).DefaultIfEmpty(TimeSpan.Zero).Max();
            while (Stamps.TryPeek(out var oldest) && oldest <= now - longest)
            {
                Stamps.Dequeue();
            }

            var wait = BlockedUntil - now;
            foreach (var limit in limits)
            {
                var inWindow = Stamps.Where(s => s > now - limit.Window).ToArray();
                if (inWindow.Length >= limit.Count)
                {
                    // The window has room again once the oldest stamp that keeps it full slides out.
                    var freeAt = inWindow[inWindow.Length - limit.Count] + limit.Window;
                    wait = Max(wait, freeAt - now);
                }
            }

            return wait;
        }
    }
}

namespace IncursionBot.Discord.RateLimits;

/// <summary>
/// One Discord bucket for one major parameter. While its state is unknown (new, or its window has passed) only one
/// request is in flight, holding the turnstile until its headers arrive; once known, requests proceed while
/// <c>Remaining</c> lasts and wait for <c>Reset-After</c> when it is spent.
/// </summary>
internal sealed class RateLimitBucket(TimeProvider time)
{
    private readonly SemaphoreSlim _turnstile = new(1, 1);
    private readonly Lock _gate = new();
    private bool _known;
    private int _remaining;
    private int _inFlight;
    private DateTimeOffset _resetAt;

    public DateTimeOffset LastUsed { get; private set; } = time.GetUtcNow();

    public bool IsIdle
    {
        get
        {
            lock (_gate)
            {
                return _inFlight == 0 && _turnstile.CurrentCount == 1;
            }
        }
    }

    /// <summary>Waits until this bucket lets one more request go; the lease must be completed or abandoned.</summary>
    public async Task<BucketLease> AcquireAsync(CancellationToken cancellationToken)
    {
        await _turnstile.WaitAsync(cancellationToken);
        bool holdsTurnstile;
        try
        {
            TimeSpan wait;
            while ((wait = TryReserve(out holdsTurnstile)) > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }
        }
        catch
        {
            _turnstile.Release();
            throw;
        }

        if (!holdsTurnstile)
        {
            _turnstile.Release();
        }

        return new BucketLease(this, holdsTurnstile);
    }

    /// <summary>Learns the bucket's state from a response. A 429 empties it until <paramref name="retryAfter"/>.</summary>
    internal void Complete(BucketLease lease, RateLimitHeaders headers, TimeSpan? retryAfter)
    {
        lock (_gate)
        {
            _inFlight = Math.Max(0, _inFlight - 1);
            var now = time.GetUtcNow();
            if (headers.HasBucketState)
            {
                _known = true;
                // Requests still in flight were counted by us but maybe not yet by Discord: assume they were not.
                _remaining = Math.Max(0, headers.Remaining!.Value - _inFlight);
                _resetAt = now + headers.ResetAfter!.Value;
            }

            if (retryAfter is { } after && !headers.Global)
            {
                _known = true;
                _remaining = 0;
                _resetAt = now + after > _resetAt ? now + after : _resetAt;
            }
        }

        Release(lease);
    }

    internal void Abandon(BucketLease lease)
    {
        lock (_gate)
        {
            _inFlight = Math.Max(0, _inFlight - 1);
        }

        Release(lease);
    }

    private TimeSpan TryReserve(out bool holdsTurnstile)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            LastUsed = now;
            if (_known && now >= _resetAt)
            {
                // A new window: learn its state from one request before letting others through.
                _known = false;
            }

            holdsTurnstile = !_known;
            if (!_known || _remaining > 0)
            {
                _remaining--;
                _inFlight++;
                return TimeSpan.Zero;
            }

            return _resetAt - now;
        }
    }

    private void Release(BucketLease lease)
    {
        if (lease.HoldsTurnstile)
        {
            _turnstile.Release();
        }
    }
}

/// <summary>Permission to send one request on a bucket; completing it with the response's headers frees the bucket.</summary>
internal sealed class BucketLease(RateLimitBucket bucket, bool holdsTurnstile)
{
    private int _done;

    public bool HoldsTurnstile { get; } = holdsTurnstile;

    public RateLimitBucket Bucket { get; } = bucket;

    public void Complete(RateLimitHeaders headers, TimeSpan? retryAfter)
    {
        if (Interlocked.Exchange(ref _done, 1) == 0)
        {
            Bucket.Complete(this, headers, retryAfter);
        }
    }

    public void Abandon()
    {
        if (Interlocked.Exchange(ref _done, 1) == 0)
        {
            Bucket.Abandon(this);
        }
    }
}

namespace IncursionBot.Testing.Discord;

/// <summary>
/// Discord's rate limits as the fake enforces them: fixed windows per (bucket, major parameter), a global sliding
/// window of 50 per second for non-interaction routes, and "retry_after" promises a client must keep. Every breach
/// is a violation a well-behaved client never causes.
/// </summary>
public sealed class FakeRateLimits
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (int Count, DateTimeOffset ResetAt)> _windows = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _global = new();
    private readonly Dictionary<string, DateTimeOffset> _promised = new(StringComparer.Ordinal);

    public int BucketLimit { get; set; } = 5;

    public TimeSpan BucketWindow { get; set; } = TimeSpan.FromSeconds(1);

    public int GlobalLimit { get; set; } = 50;

    public List<string> Violations { get; } = [];

    public Verdict Check(string bucket, string major, bool exempt)
    {
        lock (_gate)
        {
            var now = DateTimeOffset.UtcNow;
            var key = $"{bucket}:{major}";
            if (_promised.TryGetValue(key, out var until) && now < until)
            {
                Violations.Add($"{key}: request {(until - now).TotalMilliseconds:F0} ms before retry_after ended");
            }

            while (_global.Count > 0 && now - _global.Peek() >= TimeSpan.FromSeconds(1))
            {
                _global.Dequeue();
            }

            if (!exempt && _global.Count >= GlobalLimit)
            {
                Violations.Add($"global limit exceeded by {key}");
                var wait = _global.Peek() + TimeSpan.FromSeconds(1) - now;
                return new Verdict(false, true, wait, BucketLimit, 0, wait);
            }

            if (!_windows.TryGetValue(key, out var window) || now >= window.ResetAt)
            {
                window = (0, now + BucketWindow);
            }

            if (window.Count >= BucketLimit)
            {
                Violations.Add($"bucket {key} exceeded its {BucketLimit} requests");
                _promised[key] = window.ResetAt;
                return new Verdict(false, false, window.ResetAt - now, BucketLimit, 0, window.ResetAt - now);
            }

            window.Count++;
            _windows[key] = window;
            if (!exempt)
            {
                _global.Enqueue(now);
            }

            return new Verdict(true, false, TimeSpan.Zero, BucketLimit, BucketLimit - window.Count, window.ResetAt - now);
        }
    }

    /// <summary>Records that a scripted 429 told the client to wait on this bucket.</summary>
    public void Promise(string bucket, string major, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            _promised[$"{bucket}:{major}"] = DateTimeOffset.UtcNow + retryAfter - TimeSpan.FromMilliseconds(15);
        }
    }

    /// <summary>The fake's decision on one request and the headers to send with it.</summary>
    public sealed record Verdict(bool Allowed, bool Global, TimeSpan RetryAfter, int Limit, int Remaining, TimeSpan ResetAfter);
}

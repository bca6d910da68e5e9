using System.Collections.Concurrent;
using IncursionBot.Discord.Rest;

namespace IncursionBot.Discord.RateLimits;

/// <summary>
/// The header-driven limiter every REST call passes: the route's bucket (keyed by route template and major
/// parameter, re-keyed by <c>X-RateLimit-Bucket</c> once Discord names it), the invalid-request guard, and the
/// global limit (interaction routes exempt). Modelled on Discord.Net's RequestQueue and discord.js's handlers.
/// </summary>
internal sealed class RestRateLimiter(GlobalRateLimit global, InvalidRequestGuard invalid, TimeProvider time)
{
    private static readonly TimeSpan IdleBucketAge = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private DateTimeOffset _lastSweep = time.GetUtcNow();

    public int BucketCount => _buckets.Count;

    public async Task<BucketLease> AcquireAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        SweepIdleBuckets();
        var lease = await Resolve(route).AcquireAsync(cancellationToken);
        try
        {
            await invalid.WaitAsync(cancellationToken);
            if (!route.IsInteraction)
            {
                await global.AcquireAsync(cancellationToken);
            }
        }
        catch
        {
            lease.Abandon();
            throw;
        }

        return lease;
    }

    /// <summary>Feeds one response back: bucket state, bucket name, global pause and invalid-request count.</summary>
    public void Complete(DiscordRoute route, BucketLease lease, int status, RateLimitHeaders headers, TimeSpan? retryAfter)
    {
        invalid.Record(status, headers);
        if (status == 429 && headers.Global && retryAfter is { } pause)
        {
            global.PauseUntil(time.GetUtcNow() + pause);
        }

        if (headers.Bucket is { Length: > 0 } hash)
        {
            _hashes[route.RouteKey] = hash;
            // The learned state moves with the bucket object, unless a sibling route already owns that hash.
            _buckets.TryAdd(BucketId(hash, route.MajorParameter), lease.Bucket);
        }

        lease.Complete(headers, status == 429 ? retryAfter : null);
    }

    private RateLimitBucket Resolve(DiscordRoute route)
    {
        var name = _hashes.TryGetValue(route.RouteKey, out var hash) ? hash : route.RouteKey;
        return _buckets.GetOrAdd(BucketId(name, route.MajorParameter), _ => new RateLimitBucket(time));
    }

    private static string BucketId(string name, string major) => $"{name}:{major}";

    private void SweepIdleBuckets()
    {
        var now = time.GetUtcNow();
        if (now - _lastSweep < IdleBucketAge)
        {
            return;
        }

        _lastSweep = now;
        foreach (var (id, bucket) in _buckets)
        {
            if (bucket.IsIdle && now - bucket.LastUsed > IdleBucketAge)
            {
                _buckets.TryRemove(new KeyValuePair<string, RateLimitBucket>(id, bucket));
            }
        }
    }
}

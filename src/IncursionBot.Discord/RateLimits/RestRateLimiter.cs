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

    public async Task<RequestLease> AcquireAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        SweepIdleBuckets();
        var lease = await Resolve(route).AcquireAsync(cancellationToken);
        try
        {
            await invalid.WaitAsync(cancellationToken);
            return new RequestLease(lease, route.IsInteraction ? null : await global.AcquireAsync(cancellationToken));
        }
        catch
        {
            lease.Abandon();
            throw;
        }
    }

    /// <summary>Feeds one response back: bucket state, bucket name, global pause and invalid-request count.</summary>
    public void Complete(DiscordRoute route, RequestLease lease, int status, RateLimitHeaders headers, TimeSpan? retryAfter)
    {
        invalid.Record(status, headers);
        if (status == 429 && headers.Global && retryAfter is { } pause)
        {
            global.PauseUntil(time.GetUtcNow() + pause);
        }

        if (headers.Bucket is { Length: > 0 } hash)
        {
            // The learned state moves with the bucket object, unless a sibling route already owns that hash.
            _buckets.TryAdd(BucketId(hash, route.MajorParameter), lease.Bucket.Bucket);
            _hashes[route.RouteKey] = hash;
        }

        lease.Complete(headers, status == 429 ? retryAfter : null);
    }

    private RateLimitBucket Resolve(DiscordRoute route)
    {
        var own = BucketId(route.RouteKey, route.MajorParameter);
        if (!_hashes.TryGetValue(route.RouteKey, out var hash))
        {
            return _buckets.GetOrAdd(own, _ => new RateLimitBucket(time));
        }

        // The hash was learned from another major parameter (another channel): this one's bucket, with whatever it
        // already knows or has in flight, becomes the hashed bucket, so one major parameter never has two buckets.
        var hashed = BucketId(hash, route.MajorParameter);
        return _buckets.TryGetValue(hashed, out var bucket)
            ? bucket
            : _buckets.GetOrAdd(hashed, _buckets.GetOrAdd(own, _ => new RateLimitBucket(time)));
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

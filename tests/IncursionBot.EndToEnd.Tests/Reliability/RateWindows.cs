using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace IncursionBot.EndToEnd.Tests.Reliability;

/// <summary>
/// Discord-style per-route, per-channel fixed windows for the fake: every answer carries
/// <c>X-RateLimit-Limit/Remaining/Reset/Reset-After/Bucket</c>, and a request past the limit is a breach a
/// header-driven client never causes.
/// </summary>
public sealed class RateWindows(int limit, TimeSpan window)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (int Count, DateTimeOffset ResetAt)> _windows = new(StringComparer.Ordinal);

    /// <summary>One request's place in its window.</summary>
    public sealed record Slot(bool Allowed, string Bucket, int Limit, int Remaining, TimeSpan ResetAfter);

    public int Breaches { get; private set; }

    public Slot Take(string bucket, string channelId)
    {
        lock (_gate)
        {
            var now = DateTimeOffset.UtcNow;
            var key = bucket + ":" + channelId;
            if (!_windows.TryGetValue(key, out var current) || now >= current.ResetAt)
            {
                current = (0, now + window);
            }

            if (current.Count >= limit)
            {
                Breaches++;
                return new Slot(false, bucket, limit, 0, current.ResetAt - now);
            }

            current.Count++;
            _windows[key] = current;
            return new Slot(true, bucket, limit, limit - current.Count, current.ResetAt - now);
        }
    }

    /// <summary>Writes the bucket headers; <paramref name="exhaustFor"/> reports the bucket empty for that long (a 429).</summary>
    public static void WriteHeaders(HttpResponse response, Slot slot, TimeSpan? exhaustFor = null)
    {
        var resetAfter = exhaustFor ?? slot.ResetAfter;
        var reset = DateTimeOffset.UtcNow + resetAfter;
        response.Headers["X-RateLimit-Limit"] = slot.Limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Remaining"] = (exhaustFor is null ? slot.Remaining : 0).ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset"] = (reset.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset-After"] = Math.Max(0, resetAfter.TotalSeconds).ToString("0.000", CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Bucket"] = slot.Bucket;
    }
}

using System.Globalization;

namespace IncursionBot.Testing.Discord;

/// <summary>The fake's 429 bodies and <c>X-RateLimit-*</c> headers, shaped like Discord's.</summary>
public sealed partial class FakeDiscord
{
    private static Reply RateLimited(TimeSpan retryAfter, bool global, FakeRateLimits.Verdict verdict)
    {
        var seconds = Math.Max(0.001, retryAfter.TotalSeconds).ToString("0.###", CultureInfo.InvariantCulture);
        var reply = new Reply(429, $$"""{"message":"You are being rate limited.","retry_after":{{seconds}},"global":{{(global ? "true" : "false")}}}""");
        reply.Headers.Add(("Retry-After", Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture)));
        reply.Headers.Add(("X-RateLimit-Scope", global ? "global" : "user"));
        if (global)
        {
            reply.Headers.Add(("X-RateLimit-Global", "true"));
        }
        else
        {
            AddBucketHeaders(reply, verdict, null);
        }

        return reply;
    }

    private static Reply Limited(FakeRoute route, Reply reply, FakeRateLimits.Verdict? verdict)
    {
        if (verdict is not null)
        {
            AddBucketHeaders(reply, verdict, route.Bucket);
        }

        return reply;
    }

    private static void AddBucketHeaders(Reply reply, FakeRateLimits.Verdict verdict, string? bucket)
    {
        var resetAfter = verdict.ResetAfter.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        reply.Headers.Add(("X-RateLimit-Limit", verdict.Limit.ToString(CultureInfo.InvariantCulture)));
        reply.Headers.Add(("X-RateLimit-Remaining", verdict.Remaining.ToString(CultureInfo.InvariantCulture)));
        reply.Headers.Add(("X-RateLimit-Reset-After", resetAfter));
        var reset = (DateTimeOffset.UtcNow + verdict.ResetAfter).ToUnixTimeMilliseconds() / 1000.0;
        reply.Headers.Add(("X-RateLimit-Reset", reset.ToString("0.###", CultureInfo.InvariantCulture)));
        if (bucket is not null)
        {
            reply.Headers.Add(("X-RateLimit-Bucket", "hash-" + bucket));
        }
    }
}

using System.Net;
using System.Net.Http.Headers;

namespace IncursionBot.Teams.Connector;

/// <summary>
/// The bounded retries one send may do on its own (Teams "Rate limiting for agents": honour Retry-After on 429,
/// back off with jitter on 412/502/503/504). Longer waits are left to Core's delivery dispatcher.
/// </summary>
internal sealed record RetryPolicy(int MaxAttempts, TimeSpan BackoffBase, TimeSpan BackoffCap, TimeSpan MaxInlineWait)
{
    /// <summary>Three retries, 2 to 20 s, as in the Teams rate-limit page's example; waits up to 10 s inside one send.</summary>
    public static RetryPolicy Default { get; } = new(4, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(10));

    public static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>Exponential backoff with ±20 % jitter.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var exponential = BackoffBase.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempt - 1));
        var capped = Math.Min(exponential, BackoffCap.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.8 + (Random.Shared.NextDouble() * 0.4)));
    }

    /// <summary>The server's Retry-After (seconds or a date), if any.</summary>
    public static TimeSpan? RetryAfter(HttpResponseHeaders headers, DateTimeOffset now) => headers.RetryAfter switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}

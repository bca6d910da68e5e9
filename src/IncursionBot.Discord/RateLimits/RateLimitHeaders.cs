using System.Globalization;
using System.Net.Http.Headers;

namespace IncursionBot.Discord.RateLimits;

/// <summary>The <c>X-RateLimit-*</c> headers of one response (Discord: Topics / Rate Limits).</summary>
internal sealed record RateLimitHeaders(
    int? Limit,
    int? Remaining,
    TimeSpan? ResetAfter,
    string? Bucket,
    bool Global,
    string? Scope,
    TimeSpan? RetryAfterHeader)
{
    /// <summary>A 429 of a shared resource: does not count towards the invalid-request limit.</summary>
    public bool IsSharedScope => string.Equals(Scope, "shared", StringComparison.OrdinalIgnoreCase);

    public bool HasBucketState => Limit is not null && Remaining is not null && ResetAfter is not null;

    public static RateLimitHeaders Parse(HttpResponseHeaders headers) => new(
        Integer(headers, "X-RateLimit-Limit"),
        Integer(headers, "X-RateLimit-Remaining"),
        Seconds(headers, "X-RateLimit-Reset-After"),
        Text(headers, "X-RateLimit-Bucket"),
        string.Equals(Text(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
        Text(headers, "X-RateLimit-Scope"),
        Seconds(headers, "Retry-After"));

    private static string? Text(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;

    private static int? Integer(HttpResponseHeaders headers, string name) =>
        int.TryParse(Text(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? Math.Max(0, value) : null;

    private static TimeSpan? Seconds(HttpResponseHeaders headers, string name) =>
        double.TryParse(Text(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? TimeSpan.FromSeconds(Math.Max(0, value))
            : null;
}

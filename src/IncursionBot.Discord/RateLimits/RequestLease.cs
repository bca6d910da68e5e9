namespace IncursionBot.Discord.RateLimits;

/// <summary>Permission to send one request: its bucket's lease and, unless exempt, a global slot. Both end with the answer.</summary>
internal sealed class RequestLease(BucketLease bucket, GlobalSlot? global)
{
    public BucketLease Bucket { get; } = bucket;

    public void Complete(RateLimitHeaders headers, TimeSpan? retryAfter)
    {
        global?.Release();
        Bucket.Complete(headers, retryAfter);
    }

    /// <summary>No answer came (network error, cancellation): the bucket learns nothing and the slot starts counting down now.</summary>
    public void Abandon()
    {
        global?.Release();
        Bucket.Abandon();
    }
}

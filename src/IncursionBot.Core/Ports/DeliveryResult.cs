namespace IncursionBot.Core.Ports;

/// <summary>The outcome of one send: delivered (with the platform's message id) or failed with a reason.</summary>
public abstract record DeliveryResult
{
    public static DeliveryResult Delivered(string? messageId) => new DeliveredResult(messageId);

    public static DeliveryResult Failed(FailureReason reason, string detail, TimeSpan? retryAfter = null) =>
        new FailedResult(reason, detail, retryAfter);
}

public sealed record DeliveredResult(string? MessageId) : DeliveryResult;

/// <summary>A failed send. <see cref="Retryable"/> follows from the reason.</summary>
public sealed record FailedResult(FailureReason Reason, string Detail, TimeSpan? RetryAfter) : DeliveryResult
{
    public bool Retryable => Reason is FailureReason.ServerError or FailureReason.RateLimited or FailureReason.Timeout
        or FailureReason.NetworkError;

    /// <summary>The channel itself is unusable (deleted, or the bot lost access): stop sending to it.</summary>
    public bool DisablesChannel => Reason is FailureReason.ChannelGone;
}

/// <summary>Why a send failed, in the spirit of Alertmanager's reason labels.</summary>
public enum FailureReason
{
    /// <summary>400 and other 4xx: the request itself is wrong; retrying will not help.</summary>
    ClientError,

    /// <summary>5xx, 408, 412: the platform may succeed later.</summary>
    ServerError,

    /// <summary>429: wait at least <see cref="FailedResult.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>401: the bot's credentials are wrong.</summary>
    AuthError,

    /// <summary>403 or 404 for the channel: it is gone or closed to the bot.</summary>
    ChannelGone,

    Timeout,

    NetworkError,

    /// <summary>The adapter for this channel's platform is not configured.</summary>
    NotConfigured,
}

namespace IncursionBot.Core.Delivery;

/// <summary>The <c>Delivery</c> section of configuration.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>More than this many new alerts due for one channel at once are posted as one grouped message.</summary>
    public int GroupThreshold { get; set; } = 4;

    /// <summary>How long a channel's burst may gather before it is posted as a group.</summary>
    public TimeSpan GroupWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts before a delivery is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>A delivery older than this is dead-lettered instead of sent: a stale alert is worse than none.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a claimed row stays with its dispatcher before another may take it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Upper bound of one send, retries inside the adapter included.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(45);

    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan BackoffCap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the dispatcher looks for due rows when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 100;
}

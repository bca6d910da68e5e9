using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Ports;

/// <summary>One configured source (feed, API, folder) that yields items when polled.</summary>
public interface IIncidentSource
{
    SourceDefinition Definition { get; }

    /// <summary>Fetches what is new. Expected failures (HTTP errors, malformed documents, time-outs) come back as
    /// <see cref="SourcePollStatus.Failed"/>, never as exceptions.</summary>
    Task<SourcePollResult> PollAsync(SourceCursor cursor, CancellationToken cancellationToken);

    /// <summary>Called once the items of a poll are stored, so a source that consumes its input (the inbox
    /// folder) only lets go of it when nothing can be lost.</summary>
    Task AcknowledgeAsync(IReadOnlyList<SourceItem> stored, CancellationToken cancellationToken);
}

/// <summary>Creates sources of one <c>Type</c> (<c>rss</c>, <c>jsonfeed</c>, <c>gdelt</c>, <c>inbox</c>).</summary>
public interface ISourceFactory
{
    string Type { get; }

    IIncidentSource Create(SourceDefinition definition);
}

/// <summary>A <c>Sources</c> entry of configuration.</summary>
public sealed record SourceDefinition(
    string Name,
    string Type,
    string? Url,
    string? Path,
    TimeSpan PollInterval,
    TimeSpan MaxItemAge,
    bool Enabled);

/// <summary>What a source remembers between polls: the validators of conditional GET.</summary>
public sealed record SourceCursor(string? ETag, string? LastModified)
{
    public static SourceCursor Empty { get; } = new(null, null);
}

public enum SourcePollStatus
{
    Fetched,
    NotModified,
    Failed,
}

/// <summary>The result of one poll. <see cref="RetryAfter"/> carries a server's explicit request to wait.</summary>
public sealed record SourcePollResult(
    SourcePollStatus Status,
    IReadOnlyList<SourceItem> Items,
    SourceCursor Cursor,
    string? Error = null,
    TimeSpan? RetryAfter = null)
{
    public static SourcePollResult Fetched(IReadOnlyList<SourceItem> items, SourceCursor cursor) => new(SourcePollStatus.Fetched, items, cursor);

    public static SourcePollResult NotModified(SourceCursor cursor) => new(SourcePollStatus.NotModified, [], cursor);

    public static SourcePollResult Failed(string error, SourceCursor cursor, TimeSpan? retryAfter = null) =>
        new(SourcePollStatus.Failed, [], cursor, error, retryAfter);
}

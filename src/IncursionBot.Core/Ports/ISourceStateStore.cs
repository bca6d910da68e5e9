namespace IncursionBot.Core.Ports;

/// <summary>Per-source polling state, kept in the database so it survives restarts and is shared by instances.</summary>
public interface ISourceStateStore
{
    Task<SourceState?> GetAsync(string sourceName, CancellationToken cancellationToken);

    Task SaveAsync(SourceState state, CancellationToken cancellationToken);

    Task<IReadOnlyList<SourceState>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>What <c>/healthz</c> shows of a source, plus its conditional-GET validators.</summary>
public sealed record SourceState(
    string Name,
    string? ETag,
    string? LastModified,
    DateTimeOffset? LastPollAt,
    DateTimeOffset? LastSuccessAt,
    string? LastError,
    int ConsecutiveFailures,
    DateTimeOffset? NextPollAt)
{
    public static SourceState New(string name) => new(name, null, null, null, null, null, 0, null);

    public SourceCursor Cursor => new(ETag, LastModified);
}

using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ports;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Sources.Inbox;

/// <summary>
/// A folder other tools drop reports into. A file's items are offered on every poll until they are acknowledged as
/// stored; then the file moves to <c>processed/</c>. A file that cannot be read moves to <c>failed/</c> at once,
/// with the reason beside it.
/// </summary>
internal sealed partial class InboxSource(SourceDefinition definition, InboxFolder folder, TimeProvider time, ILogger<InboxSource> logger)
    : IIncidentSource
{
    /// <summary>Files modified more recently than this may still be being written, and wait for the next poll.</summary>
    public static TimeSpan SettleTime { get; } = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, HashSet<string>> _pending = new(StringComparer.Ordinal);

    public SourceDefinition Definition => definition;

    public async Task<SourcePollResult> PollAsync(SourceCursor cursor, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> files;
        try
        {
            folder.EnsureCreated();
            files = folder.Candidates();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogFolderFailed(definition.Name, folder.Root, ex.Message);
            return SourcePollResult.Failed($"cannot read inbox folder {folder.Root}: {ex.Message}", cursor);
        }

        var items = new List<SourceItem>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = await ReadAsync(file, cancellationToken);
            if (read is null)
            {
                continue;
            }

            if (read.Error is { } error)
            {
                Fail(file, error);
                continue;
            }

            lock (_gate)
            {
                _pending[file] = read.Items.Select(i => i.ItemId).ToHashSet(StringComparer.Ordinal);
            }

            items.AddRange(read.Items);
        }

        return SourcePollResult.Fetched(items, cursor);
    }

    public Task AcknowledgeAsync(IReadOnlyList<SourceItem> stored, CancellationToken cancellationToken)
    {
        var ids = stored.Where(i => i.SourceName == definition.Name).Select(i => i.ItemId).ToHashSet(StringComparer.Ordinal);
        List<string> done;
        lock (_gate)
        {
            foreach (var remaining in _pending.Values)
            {
                remaining.ExceptWith(ids);
            }

            done = _pending.Where(p => p.Value.Count == 0).Select(p => p.Key).ToList();
            done.ForEach(file => _pending.Remove(file));
        }

        foreach (var file in done)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                LogProcessed(definition.Name, Path.GetFileName(file), folder.MoveToProcessed(file));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The items are stored; if the file comes back next poll, deduplication drops its items again.
                LogMoveFailed(definition.Name, file, ex.Message);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The file's items, its error, or null when it is not ready to read yet.</summary>
    private async Task<InboxFileResult?> ReadAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            var modifiedAt = new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero);
            if (time.GetUtcNow() - modifiedAt < SettleTime)
            {
                LogStillWriting(definition.Name, Path.GetFileName(file));
                return null;
            }

            if (new FileInfo(file).Length > InboxFileReader.MaxFileBytes)
            {
                return InboxFileResult.Fail($"the file is larger than {InboxFileReader.MaxFileBytes} bytes");
            }

            var content = await File.ReadAllBytesAsync(file, cancellationToken);
            return InboxFileReader.Read(definition.Name, Path.GetFileName(file), content, modifiedAt);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return InboxFileResult.Fail($"the file cannot be read: {ex.Message}");
        }
    }

    private void Fail(string file, string reason)
    {
        try
        {
            var target = folder.MoveToFailed(file, reason);
            LogFileFailed(definition.Name, Path.GetFileName(file), reason, target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogMoveFailed(definition.Name, file, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox {SourceName}: {FileName} rejected ({Reason}); moved to {Target}")]
    private partial void LogFileFailed(string sourceName, string fileName, string reason, string target);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Inbox {SourceName}: {FileName} stored; moved to {Target}")]
    private partial void LogProcessed(string sourceName, string fileName, string target);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Inbox {SourceName}: {FileName} is still being written; next poll")]
    private partial void LogStillWriting(string sourceName, string fileName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbox {SourceName}: cannot move {File}: {Error}")]
    private partial void LogMoveFailed(string sourceName, string file, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbox {SourceName}: cannot read folder {Folder}: {Error}")]
    private partial void LogFolderFailed(string sourceName, string folder, string error);
}

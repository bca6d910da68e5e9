using System.Data.Common;

namespace IncursionBot.Storage.Data;

/// <summary>
/// What differs between the providers. The stores are written once over ADO.NET with named <c>@parameters</c>,
/// <c>INSERT ... RETURNING</c> and <c>ON CONFLICT</c>, which both SQLite and PostgreSQL understand; only
/// connections, write locks, time values, <c>SKIP LOCKED</c> and error wording live here.
/// </summary>
internal abstract class SqlDialect : IAsyncDisposable
{
    /// <summary><c>Sqlite</c> or <c>Postgres</c>, as configured.</summary>
    public abstract string Provider { get; }

    /// <summary>Where the data lives, safe to log or show: a file path or host, port and database; never credentials.</summary>
    public abstract string Target { get; }

    /// <summary>The column type that holds a <see cref="DateTimeOffset"/>.</summary>
    public abstract string TimestampType { get; }

    /// <summary>Appended to the row-picking subquery of a claim; empty where the write lock already serialises.</summary>
    public abstract string SkipLocked { get; }

    /// <summary>Opens a connection ready for use (per-connection settings applied).</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Starts a write transaction. It is exclusive against other writers on SQLite; on PostgreSQL
    /// <paramref name="lockKey"/>, when given, takes the transaction-scoped advisory lock of that number.
    /// </summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, long? lockKey, CancellationToken cancellationToken);

    /// <summary>Work needed once before migrations that cannot run inside a transaction (folders, journal mode).</summary>
    public abstract Task PrepareAsync(CancellationToken cancellationToken);

    /// <summary>Called once the schema is in place.</summary>
    public virtual void MarkMigrated()
    {
    }

    /// <summary>The value bound for a time: truncated to microseconds, the finer grain neither database keeps.</summary>
    public abstract object ToDb(DateTimeOffset value);

    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>A provider error rewritten to say which database failed and what to check, without credentials.</summary>
    public abstract StorageException Translate(Exception exception);

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    protected static DateTimeOffset TruncateToMicroseconds(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }
}

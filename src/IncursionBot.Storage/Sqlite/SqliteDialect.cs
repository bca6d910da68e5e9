using System.Data.Common;
using System.Globalization;
using IncursionBot.Storage.Data;
using Microsoft.Data.Sqlite;

namespace IncursionBot.Storage.Sqlite;

/// <summary>
/// SQLite: one file, WAL journal, foreign keys on, and every write in <c>BEGIN IMMEDIATE</c> so writers queue on
/// the busy timeout instead of failing when two of them upgrade read locks at once.
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    private readonly string _connectionString;
    private readonly TimeSpan _lockTimeout;
    private volatile bool _migrated;

    public SqliteDialect(string connectionString, TimeSpan lockTimeout)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        IsInMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:";
        if (!IsInMemory)
        {
            // An absolute path makes errors name the real file, whatever the working directory was.
            builder.DataSource = Path.GetFullPath(builder.DataSource);
        }

        if (builder.DefaultTimeout == new SqliteConnectionStringBuilder().DefaultTimeout)
        {
            // Microsoft.Data.Sqlite retries a busy statement until the command timeout; keep that in step with busy_timeout.
            builder.DefaultTimeout = Math.Max(1, (int)Math.Ceiling(lockTimeout.TotalSeconds));
        }

        _connectionString = builder.ToString();
        _lockTimeout = lockTimeout;
        DatabasePath = IsInMemory ? ":memory:" : builder.DataSource;
        Redactor = new SecretRedactor([builder.Password]);
    }

    public override string Provider => StorageProviders.Sqlite;

    public override string Target => $"SQLite database '{DatabasePath}'";

    public override string TimestampType => "TEXT";

    public override string SkipLocked => string.Empty;

    public string DatabasePath { get; }

    public bool IsInMemory { get; }

    private SecretRedactor Redactor { get; }

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_migrated && !IsInMemory && !File.Exists(DatabasePath))
        {
            SqliteConnection.ClearAllPools();
            throw new StorageException(
                $"The SQLite database file '{DatabasePath}' is gone (deleted, moved, or its volume unmounted). "
                + "Restore it, or restart the service to create an empty one.");
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {(int)_lockTimeout.TotalMilliseconds};";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, long? lockKey, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // deferred: false is BEGIN IMMEDIATE: the write lock is taken now, which serialises writers across processes.
        return Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
    }

    public override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (IsInMemory)
        {
            return;
        }

        SqliteFolder.Ensure(DatabasePath);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            // WAL lets readers and the one writer work at once; it persists in the file, and cannot change inside a transaction.
            command.CommandText = "PRAGMA journal_mode = WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw Translate(ex);
        }
    }

    public override void MarkMigrated() => _migrated = true;

    public override object ToDb(DateTimeOffset value) =>
        TruncateToMicroseconds(value).ToString(TimeFormat, CultureInfo.InvariantCulture);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public override StorageException Translate(Exception exception) =>
        exception is StorageException storage ? storage : SqliteErrors.Describe(exception, DatabasePath, _lockTimeout, Redactor);
}

using System.Data;
using System.Data.Common;
using IncursionBot.Storage.Data;
using Npgsql;

namespace IncursionBot.Storage.Postgres;

/// <summary>
/// PostgreSQL through one pooled <see cref="NpgsqlDataSource"/>: writes in READ COMMITTED transactions, serialised
/// where it matters by transaction-scoped advisory locks, and claims that skip rows other sessions have locked.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresErrors _errors;

    public PostgresDialect(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var host = string.IsNullOrEmpty(builder.Host) ? "localhost" : builder.Host;
        var database = string.IsNullOrEmpty(builder.Database) ? builder.Username ?? "(default)" : builder.Database;
        Target = $"PostgreSQL database '{database}' on {host}:{builder.Port}";
        _errors = new PostgresErrors(Target, host, builder.Port, database, builder.Username, new SecretRedactor([builder.Password]));
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public override string Provider => StorageProviders.Postgres;

    public override string Target { get; }

    public override string TimestampType => "TIMESTAMPTZ";

    public override string SkipLocked => "FOR UPDATE SKIP LOCKED";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, long? lockKey, CancellationToken cancellationToken)
    {
        var transaction = await ((NpgsqlConnection)connection).BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        if (lockKey is { } key)
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", (NpgsqlConnection)connection, transaction);
                command.Parameters.AddWithValue("key", key);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch
            {
                await transaction.DisposeAsync();
                throw;
            }
        }

        return transaction;
    }

    public override Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override object ToDb(DateTimeOffset value) => TruncateToMicroseconds(value);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override StorageException Translate(Exception exception) =>
        exception as StorageException ?? _errors.Describe(exception);

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}

using System.Data.Common;

namespace IncursionBot.Storage.Data;

/// <summary>
/// Runs store work on a fresh connection: reads in autocommit, writes in one transaction that commits only when
/// the work returned and rolls back when it threw. Provider errors leave as <see cref="StorageException"/>.
/// </summary>
internal sealed class StorageDatabase(SqlDialect dialect) : IAsyncDisposable
{
    /// <summary>Serialises ingestion across processes (PostgreSQL advisory lock key; any fixed number works).</summary>
    public const long IngestionLockKey = 0x496E_6342_0001;

    /// <summary>Serialises delivery claims, so a claimer sees every lease committed before it.</summary>
    public const long ClaimLockKey = 0x496E_6342_0002;

    /// <summary>Serialises schema migration when several instances start at once.</summary>
    public const long MigrationLockKey = 0x496E_6342_0003;

    public SqlDialect Dialect => dialect;

    public async Task<T> ReadAsync<T>(Func<DbSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await dialect.OpenAsync(cancellationToken);
            return await work(new DbSession(connection, null, dialect), cancellationToken);
        }
        catch (DbException ex)
        {
            throw dialect.Translate(ex);
        }
    }

    public async Task<T> WriteAsync<T>(long? lockKey, Func<DbSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await dialect.OpenAsync(cancellationToken);
            await using var transaction = await dialect.BeginWriteAsync(connection, lockKey, cancellationToken);
            T result;
            try
            {
                result = await work(new DbSession(connection, transaction, dialect), cancellationToken);
            }
            catch
            {
                await RollBackQuietlyAsync(transaction);
                throw;
            }

            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (DbException ex)
        {
            throw dialect.Translate(ex);
        }
    }

    public Task WriteAsync(Func<DbSession, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        WriteAsync<bool>(null, async (session, ct) =>
        {
            await work(session, ct);
            return true;
        }, cancellationToken);

    public ValueTask DisposeAsync() => dialect.DisposeAsync();

    private static async Task RollBackQuietlyAsync(DbTransaction transaction)
    {
        try
        {
            // Not the caller's token: a cancelled caller still needs its transaction undone.
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (DbException)
        {
            // The connection is broken; the server has already discarded the transaction, and the original error matters more.
        }
        catch (InvalidOperationException)
        {
            // The transaction already ended (the provider rolled it back on its own error).
        }
    }
}

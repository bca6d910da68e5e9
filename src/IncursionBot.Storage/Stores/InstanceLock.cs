using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using IncursionBot.Core.Ports;
using IncursionBot.Storage.Data;
using IncursionBot.Storage.Sqlite;

namespace IncursionBot.Storage.Stores;

/// <summary>
/// PostgreSQL: a session advisory lock on a connection kept open while held, so the server frees it when the
/// process dies. SQLite (one machine): an exclusive OS file lock beside the database, freed by the kernel likewise.
/// </summary>
internal sealed class InstanceLock(StorageDatabase database) : IInstanceLock
{
    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        if (database.Dialect is SqliteDialect sqlite)
        {
            return sqlite.IsInMemory ? new Held(null, 0, null) : TryLockFile($"{sqlite.DatabasePath}.{Sanitize(name)}.lock");
        }

        var key = Key(name);
        var connection = await database.Dialect.OpenAsync(cancellationToken);
        try
        {
            if (await ExecuteAsync(connection, "SELECT pg_try_advisory_lock(@key)", key, cancellationToken) is true)
            {
                return new Held(connection, key, null);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    private static Held? TryLockFile(string path)
    {
        try
        {
            return new Held(null, 0, new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>A stable 64-bit advisory-lock key for the name, apart from the keys the stores use.</summary>
    private static long Key(string name) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"incursionbot-instance-lock:{name}")), 0);

    private static string Sanitize(string name) => string.Concat(name.Select(c => char.IsLetterOrDigit(c) ? c : '-'));

    private static async Task<object?> ExecuteAsync(DbConnection connection, string sql, long key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "key";
        parameter.Value = key;
        command.Parameters.Add(parameter);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private sealed class Held(DbConnection? connection, long key, FileStream? file) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (connection is not null)
            {
                // A pooled connection outlives Dispose, and the session lock with it: unlock explicitly.
                try
                {
                    await ExecuteAsync(connection, "SELECT pg_advisory_unlock(@key)", key, CancellationToken.None);
                }
                finally
                {
                    await connection.DisposeAsync();
                }
            }

            if (file is not null)
            {
                await file.DisposeAsync();
            }
        }
    }
}

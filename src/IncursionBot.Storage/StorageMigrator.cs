using IncursionBot.Storage.Data;
using IncursionBot.Storage.Migrations;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Storage;

/// <summary>
/// Brings the database schema up to date: numbered migrations recorded in <c>schema_version</c>, applied in one
/// transaction under a lock so instances starting together migrate once. Safe to call again (a no-op then).
/// </summary>
public sealed partial class StorageMigrator
{
    private readonly StorageDatabase _database;
    private readonly TimeProvider _time;
    private readonly ILogger<StorageMigrator> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int? _version;

    internal StorageMigrator(StorageDatabase database, TimeProvider time, ILogger<StorageMigrator> logger)
    {
        _database = database;
        _time = time;
        _logger = logger;
    }

    /// <summary>Applies the migrations this database lacks and returns its schema version.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _version ??= await MigrateOnceAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> MigrateOnceAsync(CancellationToken cancellationToken)
    {
        var dialect = _database.Dialect;
        var migrations = MigrationCatalog.For(dialect.Provider);
        await dialect.PrepareAsync(cancellationToken);
        var version = await _database.WriteAsync(StorageDatabase.MigrationLockKey, async (session, ct) =>
        {
            await session.ExecuteAsync(
                $"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at {dialect.TimestampType} NOT NULL)", ct);
            var current = await session.ScalarAsync<int?>("SELECT MAX(version) FROM schema_version", ct) ?? 0;
            if (migrations.Count > 0 && current > migrations[^1].Version)
            {
                LogNewerSchema(dialect.Target, current, migrations[^1].Version);
            }
            foreach (var migration in migrations.Where(m => m.Version > current))
            {
                await session.ExecuteAsync(migration.Sql, ct);
                await session.ExecuteAsync(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)", ct,
                    ("version", migration.Version), ("name", migration.Name), ("at", _time.GetUtcNow()));
                LogApplied(migration.Version, migration.Name, dialect.Target);
                current = migration.Version;
            }

            return current;
        }, cancellationToken);
        dialect.MarkMigrated();
        LogReady(dialect.Target, version);
        return version;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied schema migration {Version} ({Name}) to {Target}")]
    private partial void LogApplied(int version, string name, string target);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Target} is at schema version {Version}, newer than this build's {Known}; a newer release migrated it")]
    private partial void LogNewerSchema(string target, int version, int known);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Target} is at schema version {Version}")]
    private partial void LogReady(string target, int version);
}

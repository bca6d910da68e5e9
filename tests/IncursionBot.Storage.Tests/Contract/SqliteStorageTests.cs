using IncursionBot.Core.Ports;
using IncursionBot.Storage.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace IncursionBot.Storage.Tests.Contract;

/// <summary>The storage contract on real SQLite files in temp folders, plus SQLite's own failure modes.</summary>
public sealed class SqliteStorageTests : StorageContractTests
{
    private SqliteTestDatabase Sqlite => (SqliteTestDatabase)Database;

    protected override int ExpectedSchemaVersion => 3;

    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();

    [Fact]
    public async Task A_folder_that_cannot_be_created_is_named_in_the_error()
    {
        var blocker = Path.Combine(Sqlite.Folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where the data folder should be");
        var path = Path.Combine(blocker, "data", "incursionbot.db");
        await using var host = StorageHost.Build(StorageProviders.Sqlite, $"Data Source={path}");

        var error = await Assert.ThrowsAsync<StorageException>(() => host.Migrator.MigrateAsync(None));

        Assert.Contains(Path.Combine(blocker, "data"), error.Message);
        Assert.Contains("folder", error.Message);
    }

    [Fact]
    public async Task The_folder_is_created_when_missing()
    {
        var path = Path.Combine(Sqlite.Folder, "nested", "deeper", "bot.db");
        await using var host = StorageHost.Build(StorageProviders.Sqlite, $"Data Source={path}");

        Assert.Equal(ExpectedSchemaVersion, await host.Migrator.MigrateAsync(None));
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task A_locked_database_fails_with_a_clear_error_after_the_lock_timeout()
    {
        var impatient = await RestartAsync(new Dictionary<string, string?> { ["Storage:LockTimeout"] = "00:00:01" });
        await using var blocker = new SqliteConnection($"Data Source={Sqlite.FilePath}");
        await blocker.OpenAsync();
        await using var transaction = blocker.BeginTransaction(deferred: false);

        var error = await Assert.ThrowsAsync<StorageException>(() => impatient.SourceStates.SaveAsync(SourceState.New("x"), None));

        Assert.Contains("locked", error.Message);
        Assert.Contains(Sqlite.FilePath, error.Message);
    }

    [Fact]
    public async Task A_database_file_deleted_under_the_service_is_reported_as_gone()
    {
        await Host.SourceStates.SaveAsync(SourceState.New("x"), None);
        File.Delete(Sqlite.FilePath);

        var error = await Assert.ThrowsAsync<StorageException>(() => Host.SourceStates.ListAsync(None));
        var health = await Host.Health.CheckAsync(None);

        Assert.Contains(Sqlite.FilePath, error.Message);
        Assert.Contains("gone", error.Message);
        Assert.False(health.Healthy);
        Assert.Contains(Sqlite.FilePath, health.Detail);
    }

    [Fact]
    public async Task Writes_use_wal_and_foreign_keys()
    {
        var (journal, foreignKeys) = await Host.Database.ReadAsync(async (s, ct) =>
            (await s.ScalarAsync<string>("PRAGMA journal_mode", ct), await s.ScalarAsync<long>("PRAGMA foreign_keys", ct)), None);

        Assert.Equal("wal", journal);
        Assert.Equal(1, foreignKeys);
    }
}

using Microsoft.Data.Sqlite;
using Npgsql;

namespace IncursionBot.Storage.Tests.Infrastructure;

/// <summary>An empty database of one provider for one test, removed afterwards.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public abstract Task CreateAsync();

    public abstract ValueTask DisposeAsync();
}

/// <summary>A SQLite file in a fresh temp folder.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "incursionbot-storage-tests", Guid.NewGuid().ToString("N"));

    public string FilePath => Path.Combine(Folder, "incursionbot.db");

    public override string Provider => StorageProviders.Sqlite;

    public override string ConnectionString => $"Data Source={FilePath}";

    public override Task CreateAsync()
    {
        Directory.CreateDirectory(Folder);
        return Task.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere; the temp folder is cleaned by the OS eventually.
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>A fresh schema in the server named by <c>INCURSIONBOT_TEST_PG</c>, used as the search path.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _server = PgEnvironment.RequireConnectionString();

    public string Schema { get; } = $"t_{Guid.NewGuid():N}";

    public string ServerConnectionString => _server;

    public override string Provider => StorageProviders.Postgres;

    public override string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { SearchPath = Schema }.ConnectionString;

    public override Task CreateAsync() => ExecuteAsync($"CREATE SCHEMA {Schema}");

    public override async ValueTask DisposeAsync() => await ExecuteAsync($"DROP SCHEMA IF EXISTS {Schema} CASCADE");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

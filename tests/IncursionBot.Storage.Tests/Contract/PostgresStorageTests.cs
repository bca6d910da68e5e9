using IncursionBot.Storage.Tests.Infrastructure;
using Npgsql;

namespace IncursionBot.Storage.Tests.Contract;

/// <summary>
/// The storage contract on a real PostgreSQL (<c>INCURSIONBOT_TEST_PG</c>), one fresh schema per test, plus the
/// Quartz job store tables and PostgreSQL's own failure modes.
/// </summary>
[RequiresPostgres]
public sealed class PostgresStorageTests : StorageContractTests
{
    private PostgresTestDatabase Postgres => (PostgresTestDatabase)Database;

    protected override int ExpectedSchemaVersion => 4;

    protected override TestDatabase CreateDatabase() => new PostgresTestDatabase();

    [PgFact]
    public async Task Quartz_job_store_tables_have_the_4x_columns()
    {
        var columns = await Host.Database.ReadAsync((s, ct) => s.QueryAsync(
            "SELECT table_name || '.' || column_name AS c FROM information_schema.columns WHERE table_schema = current_schema() AND table_name LIKE 'qrtz\\_%'",
            r => r.String("c"), ct), None);

        Assert.Contains("qrtz_job_details.job_data", columns);
        Assert.Contains("qrtz_triggers.misfire_orig_fire_time", columns);
        Assert.Contains("qrtz_triggers.execution_group", columns);
        Assert.Contains("qrtz_fired_triggers.execution_group", columns);
        Assert.Contains("qrtz_scheduler_state.checkin_interval", columns);
        Assert.Contains("qrtz_locks.lock_name", columns);
        Assert.Equal(15, columns.Select(c => c.Split('.')[0]).Distinct().Count());
    }

    [PgFact]
    public async Task A_clustered_Quartz_scheduler_runs_a_job_on_the_migrated_schema()
    {
        await QuartzSchemaProbe.RunOneJobAsync(Database.ConnectionString, TimeSpan.FromSeconds(30));

        var nodes = await Host.Database.ReadAsync((s, ct) => s.ScalarAsync<long>("SELECT COUNT(*) FROM qrtz_scheduler_state", ct), None);
        Assert.Equal(1, nodes);
    }

    [PgFact]
    public async Task A_missing_database_is_named_without_the_password()
    {
        var builder = new NpgsqlConnectionStringBuilder(Postgres.ServerConnectionString) { Database = $"gone_{Guid.NewGuid():N}" };
        await using var host = StorageHost.Build(StorageProviders.Postgres, builder.ConnectionString);

        var error = await Assert.ThrowsAsync<StorageException>(() => host.Migrator.MigrateAsync(None));
        var health = await host.Health.CheckAsync(None);

        Assert.Contains(builder.Database!, error.Message);
        Assert.Contains("does not exist", error.Message);
        Assert.DoesNotContain(builder.Password!, error.Message);
        Assert.False(health.Healthy);
        Assert.DoesNotContain(builder.Password!, health.Detail);
    }

    [PgFact]
    public async Task Health_detail_names_the_server_but_never_the_password()
    {
        var builder = new NpgsqlConnectionStringBuilder(Postgres.ServerConnectionString);
        var status = await Host.Health.CheckAsync(None);

        Assert.True(status.Healthy, status.Detail);
        Assert.Contains($"{builder.Host}:{builder.Port}", status.Detail);
        Assert.DoesNotContain(builder.Password!, status.Detail);
    }
}

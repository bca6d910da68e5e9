using IncursionBot.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IncursionBot.Storage.Tests;

public sealed class StorageOptionsTests
{
    private static readonly StorageOptionsValidator Validator = new();

    [Fact]
    public void Postgres_without_a_connection_string_names_both_keys()
    {
        var result = Validator.Validate(null, new StorageOptions { Provider = "postgres" });

        Assert.True(result.Failed);
        Assert.Contains("Storage:ConnectionString is required when Storage:Provider is Postgres", result.FailureMessage);
    }

    [Fact]
    public void An_unknown_provider_is_named()
    {
        var result = Validator.Validate(null, new StorageOptions { Provider = "MySql" });

        Assert.Contains("Storage:Provider must be 'Sqlite' or 'Postgres' (got 'MySql')", result.FailureMessage);
    }

    [Fact]
    public void A_malformed_connection_string_is_reported_without_its_password()
    {
        var result = Validator.Validate(null, new StorageOptions { Provider = "Postgres", ConnectionString = "Host=db;Password=hunter2;Bogus=1" });

        Assert.Contains("Storage:ConnectionString is not a valid PostgreSQL connection string", result.FailureMessage);
        Assert.DoesNotContain("hunter2", result.FailureMessage);
    }

    [Fact]
    public void Sqlite_is_the_default_with_a_file_under_data()
    {
        var options = new StorageOptions();

        Assert.True(Validator.Validate(null, options).Succeeded);
        Assert.Equal("Data Source=data/incursionbot.db", options.EffectiveConnectionString);
    }

    [Fact]
    public async Task Host_start_fails_fast_on_invalid_options()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres" });
        builder.Services.AddStorage();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:ConnectionString", error.Message);
    }

    [Fact]
    public async Task Host_start_migrates_before_other_services()
    {
        var database = new SqliteTestDatabase();
        await database.CreateAsync();
        try
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = database.ConnectionString });
            builder.Services.AddStorage();
            using var host = builder.Build();
            await host.StartAsync();

            var status = await host.Services.GetRequiredService<Core.Ports.IStorageHealth>().CheckAsync(CancellationToken.None);
            await host.StopAsync();

            Assert.True(status.Healthy, status.Detail);
            Assert.Equal((StorageProviders.Sqlite, 3), (status.Provider, status.SchemaVersion));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_unreachable_postgres_is_named_without_the_password()
    {
        await using var host = StorageHost.Build(StorageProviders.Postgres, "Host=127.0.0.1;Port=1;Username=u;Password=s3cr3t-pw;Database=incursionbot;Timeout=3");

        var error = await Assert.ThrowsAsync<StorageException>(() => host.Migrator.MigrateAsync(CancellationToken.None));

        Assert.Contains("127.0.0.1:1", error.Message);
        Assert.Contains("incursionbot", error.Message);
        Assert.DoesNotContain("s3cr3t-pw", error.Message);
        Assert.DoesNotContain("s3cr3t-pw", error.ToString());
    }
}

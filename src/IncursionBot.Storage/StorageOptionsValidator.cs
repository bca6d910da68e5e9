using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IncursionBot.Storage;

/// <summary>Checks the <c>Storage</c> section at start; each message names the key to fix and never echoes a secret.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var provider = options.Provider?.Trim();
        var isSqlite = string.Equals(provider, StorageProviders.Sqlite, StringComparison.OrdinalIgnoreCase);
        if (!isSqlite && !options.IsPostgres)
        {
            return ValidateOptionsResult.Fail(
                $"Storage:Provider must be '{StorageProviders.Sqlite}' or '{StorageProviders.Postgres}' (got '{provider}').");
        }

        var failures = new List<string>();
        if (options.LockTimeout <= TimeSpan.Zero)
        {
            failures.Add($"Storage:LockTimeout must be positive (got {options.LockTimeout}).");
        }

        if (options.IsPostgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add("Storage:ConnectionString is required when Storage:Provider is Postgres, "
                + "e.g. 'Host=db;Port=5432;Username=incursionbot;Password=...;Database=incursionbot'.");
        }
        else if (ConnectionStringProblem(options) is { } problem)
        {
            failures.Add(problem);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? ConnectionStringProblem(StorageOptions options)
    {
        try
        {
            if (options.IsPostgres)
            {
                var postgres = new NpgsqlConnectionStringBuilder(options.EffectiveConnectionString);
                return string.IsNullOrWhiteSpace(postgres.Host)
                    ? "Storage:ConnectionString must name the PostgreSQL server with Host=... when Storage:Provider is Postgres."
                    : null;
            }

            var sqlite = new SqliteConnectionStringBuilder(options.EffectiveConnectionString);
            return string.IsNullOrWhiteSpace(sqlite.DataSource)
                ? $"Storage:ConnectionString must name the SQLite file with Data Source=..., e.g. '{StorageOptions.DefaultSqliteConnectionString}'."
                : null;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            // The builders' messages name the bad keyword, not the values, so they are safe to repeat.
            return $"Storage:ConnectionString is not a valid {(options.IsPostgres ? "PostgreSQL" : "SQLite")} connection string: {ex.Message}";
        }
    }
}

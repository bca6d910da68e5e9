namespace IncursionBot.Storage;

/// <summary>The <c>Storage</c> section of configuration.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Used when <see cref="ConnectionString"/> is empty and the provider is SQLite.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/incursionbot.db";

    /// <summary><see cref="StorageProviders.Sqlite"/> (default) or <see cref="StorageProviders.Postgres"/>.</summary>
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary>The provider's connection string; required for PostgreSQL.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a SQLite write waits for another writer before it fails as locked.</summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(5);

    internal bool IsPostgres => string.Equals(Provider?.Trim(), StorageProviders.Postgres, StringComparison.OrdinalIgnoreCase);

    internal string EffectiveConnectionString =>
        string.IsNullOrWhiteSpace(ConnectionString) && !IsPostgres ? DefaultSqliteConnectionString : ConnectionString ?? string.Empty;
}

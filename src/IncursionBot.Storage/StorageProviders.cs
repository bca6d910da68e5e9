namespace IncursionBot.Storage;

/// <summary>The values of <c>Storage:Provider</c>.</summary>
public static class StorageProviders
{
    /// <summary>One SQLite file (the default): a single instance.</summary>
    public const string Sqlite = "Sqlite";

    /// <summary>PostgreSQL: several instances sharing one database.</summary>
    public const string Postgres = "Postgres";
}

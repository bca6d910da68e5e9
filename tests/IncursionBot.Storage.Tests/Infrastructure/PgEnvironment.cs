namespace IncursionBot.Storage.Tests.Infrastructure;

/// <summary>Where the PostgreSQL tests find their server, and whether its absence is a skip or a failure.</summary>
public static class PgEnvironment
{
    public const string Variable = "INCURSIONBOT_TEST_PG";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when the tests must run: the server is configured, or CI requires them (and they fail without it).</summary>
    public static string? SkipReason => ConnectionString is null && !IsCi
        ? $"{Variable} is not set, so the PostgreSQL tests are skipped; start a server with 'eval \"$(bash .ci/start-postgres.sh)\"'."
        : null;

    public static string RequireConnectionString() => ConnectionString
        ?? throw new InvalidOperationException(
            $"{Variable} is not set but CI=true: the PostgreSQL tests must run in CI. Start the server with .ci/start-postgres.sh first.");
}

namespace IncursionBot.EndToEnd.Tests.Reliability;

/// <summary>
/// A fact that needs the PostgreSQL server named by <c>INCURSIONBOT_TEST_PG</c>: skipped with the reason when it
/// is unset, except under <c>CI=true</c>, where the test runs and fails because the server is missing.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "INCURSIONBOT_TEST_PG";

    public PostgresFactAttribute()
    {
        if (ServerConnectionString is null && !IsCi)
        {
            Skip = $"{Variable} is not set, so the two-instance PostgreSQL scenario is skipped; start a server with 'eval \"$(bash .ci/start-postgres.sh)\"'.";
        }
    }

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string RequireServer() => ServerConnectionString
        ?? throw new InvalidOperationException($"{Variable} is not set but CI=true: the PostgreSQL scenario must run in CI. Start the server with .ci/start-postgres.sh first.");
}

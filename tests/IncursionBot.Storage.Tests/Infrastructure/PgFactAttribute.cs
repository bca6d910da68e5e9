namespace IncursionBot.Storage.Tests.Infrastructure;

/// <summary>A fact that needs PostgreSQL: skipped (with the reason) when <c>INCURSIONBOT_TEST_PG</c> is unset, except under <c>CI=true</c>.</summary>
public sealed class PgFactAttribute : FactAttribute
{
    public PgFactAttribute()
    {
        if (PgEnvironment.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

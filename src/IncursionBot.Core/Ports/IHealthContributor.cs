namespace IncursionBot.Core.Ports;

/// <summary>
/// A component (chat adapter, gateway connection) that adds its own section to <c>/healthz</c>, e.g. disabled
/// channels, a revoked token, or the gateway's connection state.
/// </summary>
public interface IHealthContributor
{
    /// <summary>The JSON property name of this section (<c>discord</c>, <c>teams</c>).</summary>
    string Name { get; }

    /// <summary>A JSON-serialisable snapshot; must never contain secrets.</summary>
    Task<HealthReport> GetHealthAsync(CancellationToken cancellationToken);
}

/// <summary>One section of <c>/healthz</c>. An unhealthy section makes the endpoint answer 503.</summary>
public sealed record HealthReport(bool Healthy, IReadOnlyDictionary<string, object?> Data);

using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Subscriptions;

/// <summary>
/// A channel's wish to hear about incidents in some countries on some platforms. An empty set means any
/// (configured and typed as <c>*</c>).
/// </summary>
public sealed record Subscription(
    long Id,
    ChannelRef Channel,
    IReadOnlySet<string> Countries,
    IReadOnlySet<Platform> Platforms,
    DateTimeOffset CreatedAt,
    bool IsStatic)
{
    public bool Matches(Incident incident) =>
        (Countries.Count == 0 || incident.Countries.Any(Countries.Contains))
        && (Platforms.Count == 0 || incident.Platforms.Any(Platforms.Contains));

    public string Describe() =>
        $"countries {(Countries.Count == 0 ? "any" : string.Join(", ", Countries.Order()))}; "
        + $"platforms {(Platforms.Count == 0 ? "any" : string.Join(", ", Platforms.Select(p => p.ToWire()).Order()))}";
}

/// <summary>A subscription before the store gives it an id.</summary>
public sealed record NewSubscription(
    ChannelRef Channel,
    IReadOnlySet<string> Countries,
    IReadOnlySet<Platform> Platforms,
    bool IsStatic);

using IncursionBot.Core.Subscriptions;

namespace IncursionBot.Core.Ports;

/// <summary>Stored subscriptions (written by chat commands) and the mirror of configured static ones.</summary>
public interface ISubscriptionStore
{
    Task<IReadOnlyList<Subscription>> ListAllAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Subscription>> ListForChannelAsync(ChannelRef channel, CancellationToken cancellationToken);

    /// <summary>Adds a subscription, or returns the channel's existing one with the same filters.</summary>
    Task<Subscription> AddAsync(NewSubscription subscription, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Removes one subscription of this channel; false when the id is unknown or belongs to another channel.</summary>
    Task<bool> RemoveAsync(ChannelRef channel, long id, CancellationToken cancellationToken);

    /// <summary>Removes every non-static subscription of this channel; returns how many.</summary>
    Task<int> RemoveAllAsync(ChannelRef channel, CancellationToken cancellationToken);

    /// <summary>
    /// Makes the stored static subscriptions equal to the configured ones: new ones are added (created now), ones
    /// no longer configured are removed, unchanged ones keep their id and creation time.
    /// </summary>
    Task SyncStaticAsync(IReadOnlyList<NewSubscription> configured, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks a channel unusable (the platform said 403/404) or usable again; a disabled channel gets no deliveries.</summary>
    Task SetChannelDisabledAsync(ChannelRef channel, string? reason, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<DisabledChannel>> ListDisabledChannelsAsync(CancellationToken cancellationToken);
}

/// <summary>A channel the bot stopped posting to, and why.</summary>
public sealed record DisabledChannel(ChannelRef Channel, string Reason, DateTimeOffset Since);

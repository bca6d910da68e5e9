using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;

namespace IncursionBot.Teams.Tests.Fakes;

/// <summary>Subscriptions and disabled channels in memory.</summary>
public sealed class InMemorySubscriptionStore : ISubscriptionStore
{
    private readonly List<Subscription> _subscriptions = [];
    private long _nextId;

    public Dictionary<ChannelRef, string?> DisabledChanges { get; } = [];

    public Task<IReadOnlyList<Subscription>> ListAllAsync(CancellationToken cancellationToken)
    {
        lock (_subscriptions)
        {
            return Task.FromResult<IReadOnlyList<Subscription>>([.. _subscriptions]);
        }
    }

    public Task<IReadOnlyList<Subscription>> ListForChannelAsync(ChannelRef channel, CancellationToken cancellationToken)
    {
        lock (_subscriptions)
        {
            return Task.FromResult<IReadOnlyList<Subscription>>(_subscriptions.Where(s => s.Channel == channel).ToArray());
        }
    }

    public Task<Subscription> AddAsync(NewSubscription subscription, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_subscriptions)
        {
            var added = new Subscription(++_nextId, subscription.Channel, subscription.Countries, subscription.Platforms, now, subscription.IsStatic);
            _subscriptions.Add(added);
            return Task.FromResult(added);
        }
    }

    public Task<bool> RemoveAsync(ChannelRef channel, long id, CancellationToken cancellationToken)
    {
        lock (_subscriptions)
        {
            return Task.FromResult(_subscriptions.RemoveAll(s => s.Channel == channel && s.Id == id) > 0);
        }
    }

    public Task<int> RemoveAllAsync(ChannelRef channel, CancellationToken cancellationToken)
    {
        lock (_subscriptions)
        {
            return Task.FromResult(_subscriptions.RemoveAll(s => s.Channel == channel && !s.IsStatic));
        }
    }

    public Task SyncStaticAsync(IReadOnlyList<NewSubscription> configured, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public Task SetChannelDisabledAsync(ChannelRef channel, string? reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (DisabledChanges)
        {
            DisabledChanges[channel] = reason;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DisabledChannel>> ListDisabledChannelsAsync(CancellationToken cancellationToken)
    {
        lock (DisabledChanges)
        {
            return Task.FromResult<IReadOnlyList<DisabledChannel>>(DisabledChanges
                .Where(d => d.Value is not null)
                .Select(d => new DisabledChannel(d.Key, d.Value!, DateTimeOffset.UnixEpoch))
                .ToArray());
        }
    }
}

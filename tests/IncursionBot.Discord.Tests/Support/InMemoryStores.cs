using System.Collections.Concurrent;
using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ports;
using IncursionBot.Core.Queries;
using IncursionBot.Core.Subscriptions;

namespace IncursionBot.Discord.Tests.Support;

/// <summary>Incidents held in memory; <see cref="Delay"/> makes queries slow, to exercise deferred answers.</summary>
public sealed class InMemoryIncidentStore : IIncidentStore
{
    public ConcurrentDictionary<long, Incident> Incidents { get; } = new();

    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    public void Add(params Incident[] incidents)
    {
        foreach (var incident in incidents)
        {
            Incidents[incident.Id] = incident;
        }
    }

    public async Task<IReadOnlyList<Incident>> QueryAsync(IncidentQuery query, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        await Task.Delay(Delay, cancellationToken);
        return Incidents.Values
            .Where(i => i.FirstReportedAt >= since)
            .Where(i => query.Country is null || i.Countries.Contains(query.Country))
            .Where(i => query.Platform is null || i.Platforms.Contains(query.Platform.Value))
            .OrderByDescending(i => i.FirstReportedAt)
            .Take(limit)
            .ToArray();
    }

    public async Task<Incident?> GetAsync(long incidentId, CancellationToken cancellationToken)
    {
        await Task.Delay(Delay, cancellationToken);
        return Incidents.GetValueOrDefault(incidentId);
    }
}

/// <summary>Subscriptions held in memory, scoped by channel as the real stores are.</summary>
public sealed class InMemorySubscriptionStore : ISubscriptionStore
{
    private readonly Lock _gate = new();
    private readonly List<Subscription> _subscriptions = [];
    private readonly Dictionary<ChannelRef, DisabledChannel> _disabled = [];
    private long _nextId;

    public Task<IReadOnlyList<Subscription>> ListAllAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Subscription>>(_subscriptions.ToArray());
        }
    }

    public Task<IReadOnlyList<Subscription>> ListForChannelAsync(ChannelRef channel, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Subscription>>(_subscriptions.Where(s => s.Channel == channel).ToArray());
        }
    }

    public Task<Subscription> AddAsync(NewSubscription subscription, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var existing = _subscriptions.FirstOrDefault(s => s.Channel == subscription.Channel
                && s.Countries.SetEquals(subscription.Countries) && s.Platforms.SetEquals(subscription.Platforms));
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            var added = new Subscription(++_nextId, subscription.Channel, subscription.Countries, subscription.Platforms, now, subscription.IsStatic);
            _subscriptions.Add(added);
            return Task.FromResult(added);
        }
    }

    public Task<bool> RemoveAsync(ChannelRef channel, long id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_subscriptions.RemoveAll(s => s.Id == id && s.Channel == channel && !s.IsStatic) > 0);
        }
    }

    public Task<int> RemoveAllAsync(ChannelRef channel, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_subscriptions.RemoveAll(s => s.Channel == channel && !s.IsStatic));
        }
    }

    public Task SyncStaticAsync(IReadOnlyList<NewSubscription> configured, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _subscriptions.RemoveAll(s => s.IsStatic);
            foreach (var subscription in configured)
            {
                _subscriptions.Add(new Subscription(++_nextId, subscription.Channel, subscription.Countries, subscription.Platforms, now, true));
            }
        }

        return Task.CompletedTask;
    }

    public Task SetChannelDisabledAsync(ChannelRef channel, string? reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (reason is null)
            {
                _disabled.Remove(channel);
            }
            else
            {
                _disabled[channel] = new DisabledChannel(channel, reason, now);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DisabledChannel>> ListDisabledChannelsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<DisabledChannel>>(_disabled.Values.ToArray());
        }
    }
}

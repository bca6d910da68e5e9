using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Subscriptions;

/// <summary>
/// Finds the channels an incident must reach by looking up (country, platform) keys, wildcards included, so the
/// cost grows with the incident's countries and platforms, not with the number of subscriptions.
/// </summary>
public sealed class SubscriptionIndex
{
    private readonly Dictionary<(string? Country, Platform? Platform), List<Subscription>> _byKey = new();

    public SubscriptionIndex(IEnumerable<Subscription> subscriptions)
    {
        foreach (var subscription in subscriptions)
        {
            Count++;
            var countries = subscription.Countries.Count == 0 ? [null] : subscription.Countries.Select(c => (string?)c);
            var platforms = subscription.Platforms.Count == 0 ? [null] : subscription.Platforms.Select(p => (Platform?)p);
            foreach (var country in countries)
            {
                foreach (var platform in platforms)
                {
                    if (!_byKey.TryGetValue((country, platform), out var list))
                    {
                        _byKey[(country, platform)] = list = [];
                    }

                    list.Add(subscription);
                }
            }
        }
    }

    public int Count { get; }

    /// <summary>
    /// The subscriptions the incident matches. Only subscriptions that existed when the incident was first seen
    /// count, so a channel that subscribes later does not receive the backlog.
    /// </summary>
    public IReadOnlyList<Subscription> Match(Incident incident)
    {
        var found = new Dictionary<long, Subscription>();
        foreach (var country in incident.Countries.Select(c => (string?)c).Append(null))
        {
            foreach (var platform in incident.Platforms.Select(p => (Platform?)p).Append(null))
            {
                if (!_byKey.TryGetValue((country, platform), out var list))
                {
                    continue;
                }

                foreach (var subscription in list)
                {
                    if (subscription.CreatedAt <= incident.FirstSeenAt)
                    {
                        found.TryAdd(subscription.Id, subscription);
                    }
                }
            }
        }

        return found.Values.OrderBy(s => s.Id).ToArray();
    }

    /// <summary>The distinct channels among <see cref="Match"/>.</summary>
    public IReadOnlyList<ChannelRef> MatchChannels(Incident incident) =>
        Match(incident).Select(s => s.Channel).Distinct().ToArray();
}

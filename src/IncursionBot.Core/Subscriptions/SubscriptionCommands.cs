using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ports;
using IncursionBot.Core.Queries;

namespace IncursionBot.Core.Subscriptions;

/// <summary>
/// Subscribe, unsubscribe and list for one channel: the logic behind Discord's and Teams' commands. Permission
/// checks are the adapter's (only it knows who is asking); the channel scoping is here, so an id from another
/// channel can never be touched.
/// </summary>
public sealed class SubscriptionCommands(ISubscriptionStore store, TimeProvider time)
{
    public async Task<CommandResult<Subscription>> SubscribeAsync(
        ChannelRef channel, string? country, string? platform, CancellationToken cancellationToken)
    {
        var parsed = IncidentQueryService.Parse(country, platform, null);
        if (!parsed.Succeeded)
        {
            return CommandResult<Subscription>.Fail(parsed.Error!);
        }

        var query = parsed.Value!;
        var countries = query.Country is { } c ? new HashSet<string> { c } : new HashSet<string>();
        var platforms = query.Platform is { } p ? new HashSet<Platform> { p } : new HashSet<Platform>();
        var subscription = await store.AddAsync(new NewSubscription(channel, countries, platforms, IsStatic: false), time.GetUtcNow(), cancellationToken);
        return CommandResult<Subscription>.Ok(subscription);
    }

    /// <summary>Removes one subscription by id, or <c>all</c> of this channel's; the answer says what happened.</summary>
    public async Task<CommandResult<string>> UnsubscribeAsync(ChannelRef channel, string? idOrAll, CancellationToken cancellationToken)
    {
        var target = idOrAll?.Trim().TrimStart('#') ?? string.Empty;
        if (target.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            var removed = await store.RemoveAllAsync(channel, cancellationToken);
            return CommandResult<string>.Ok(removed == 0
                ? "This channel had no subscriptions to remove."
                : $"Removed all {removed} subscription{(removed == 1 ? string.Empty : "s")} of this channel.");
        }

        if (!long.TryParse(target, out var id) || id <= 0)
        {
            return CommandResult<string>.Fail($"'{idOrAll}' is not a subscription id. Give an id from the subscriptions list, or 'all'.");
        }

        var mine = await store.ListForChannelAsync(channel, cancellationToken);
        var subscription = mine.FirstOrDefault(s => s.Id == id);
        if (subscription is null)
        {
            return CommandResult<string>.Fail($"This channel has no subscription #{id}. List them with the subscriptions command.");
        }

        if (subscription.IsStatic)
        {
            return CommandResult<string>.Fail($"Subscription #{id} comes from the bot's configuration; an operator must remove it there.");
        }

        return await store.RemoveAsync(channel, id, cancellationToken)
            ? CommandResult<string>.Ok($"Removed subscription #{id} ({subscription.Describe()}).")
            : CommandResult<string>.Fail($"This channel has no subscription #{id}. List them with the subscriptions command.");
    }

    public Task<IReadOnlyList<Subscription>> ListAsync(ChannelRef channel, CancellationToken cancellationToken) =>
        store.ListForChannelAsync(channel, cancellationToken);
}

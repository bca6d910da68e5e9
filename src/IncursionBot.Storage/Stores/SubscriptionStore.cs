using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Storage.Data;

namespace IncursionBot.Storage.Stores;

/// <summary>
/// Subscriptions and disabled channels. Filters are stored as canonical text (sorted, distinct, empty for any),
/// so "the same filters" is plain equality and a unique index keeps duplicates out even under races.
/// </summary>
internal sealed class SubscriptionStore(StorageDatabase database) : ISubscriptionStore
{
    public Task<IReadOnlyList<Subscription>> ListAllAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Subscription>>(async (session, ct) =>
            await session.QueryAsync($"SELECT {SubscriptionRows.Columns} FROM subscriptions ORDER BY id", SubscriptionRows.Map, ct), cancellationToken);

    public Task<IReadOnlyList<Subscription>> ListForChannelAsync(ChannelRef channel, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Subscription>>(async (session, ct) => await session.QueryAsync(
            $"SELECT {SubscriptionRows.Columns} FROM subscriptions WHERE channel_platform = @platform AND channel_id = @channel ORDER BY id",
            SubscriptionRows.Map, ct, ("platform", channel.Platform), ("channel", channel.Id)), cancellationToken);

    public Task<Subscription> AddAsync(NewSubscription subscription, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync<Subscription>(null, async (session, ct) =>
        {
            var key = SubscriptionRows.Key(subscription);
            return await SubscriptionRows.FindAsync(session, key, ct)
                ?? await SubscriptionRows.InsertAsync(session, key, subscription.IsStatic, now, ct)
                ?? await SubscriptionRows.FindAsync(session, key, ct)
                ?? throw new InvalidOperationException($"Subscription of {subscription.Channel} vanished while it was added.");
        }, cancellationToken);

    /// <summary>Static subscriptions are not removed here: they come from configuration and return at the next sync.</summary>
    public Task<bool> RemoveAsync(ChannelRef channel, long id, CancellationToken cancellationToken) =>
        database.WriteAsync<bool>(null, async (session, ct) => await session.ExecuteAsync(
            "DELETE FROM subscriptions WHERE id = @id AND channel_platform = @platform AND channel_id = @channel AND is_static = @static",
            ct, ("id", id), ("platform", channel.Platform), ("channel", channel.Id), ("static", false)) > 0, cancellationToken);

    public Task<int> RemoveAllAsync(ChannelRef channel, CancellationToken cancellationToken) =>
        database.WriteAsync<int>(null, (session, ct) => session.ExecuteAsync(
            "DELETE FROM subscriptions WHERE channel_platform = @platform AND channel_id = @channel AND is_static = @static",
            ct, ("platform", channel.Platform), ("channel", channel.Id), ("static", false)), cancellationToken);

    public Task SyncStaticAsync(IReadOnlyList<NewSubscription> configured, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync((session, ct) => SubscriptionRows.SyncStaticAsync(session, configured, now, ct), cancellationToken);

    /// <summary>Disabling also fails the channel's waiting rows, so nothing more is sent to a channel that is gone.</summary>
    public Task SetChannelDisabledAsync(ChannelRef channel, string? reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async (session, ct) =>
        {
            SqlArg[] channelArgs = [("platform", channel.Platform), ("channel", channel.Id)];
            if (reason is null)
            {
                await session.ExecuteAsync("DELETE FROM disabled_channels WHERE platform = @platform AND id = @channel", ct, channelArgs);
                return;
            }

            SqlArg[] args = [.. channelArgs, ("reason", reason), ("now", now)];
            await session.ExecuteAsync(
                """
                INSERT INTO disabled_channels (platform, id, reason, since) VALUES (@platform, @channel, @reason, @now)
                ON CONFLICT (platform, id) DO UPDATE SET reason = excluded.reason
                """, ct, args);
            await session.ExecuteAsync(
                """
                UPDATE deliveries SET status = 'failed', last_error = 'channel disabled: ' || @reason
                WHERE channel_platform = @platform AND channel_id = @channel AND status = 'pending'
                  AND (lease_until IS NULL OR lease_until < @now)
                """, ct, args);
        }, cancellationToken);

    public Task<IReadOnlyList<DisabledChannel>> ListDisabledChannelsAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<DisabledChannel>>(async (session, ct) => await session.QueryAsync(
            "SELECT platform, id, reason, since FROM disabled_channels ORDER BY platform, id",
            row => new DisabledChannel(new ChannelRef(row.String("platform"), row.String("id")), row.String("reason"), row.Time("since")), ct),
            cancellationToken);
}

using IncursionBot.Core.Incidents;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Storage.Data;

namespace IncursionBot.Storage.Stores;

/// <summary>Subscription rows: canonical filter keys, lookups, inserts and the static-subscription sync.</summary>
internal static class SubscriptionRows
{
    public const string Columns = "id, channel_platform, channel_id, countries, platforms, created_at, is_static";

    public static SubscriptionKey Key(NewSubscription subscription) => new(
        subscription.Channel.Platform, subscription.Channel.Id,
        ListText.Canonical(subscription.Countries), ListText.CanonicalPlatforms(subscription.Platforms));

    /// <summary>The channel's oldest subscription with these filters, static or not.</summary>
    public static Task<Subscription?> FindAsync(DbSession session, SubscriptionKey key, CancellationToken cancellationToken) =>
        session.QuerySingleAsync(
            $"""
            SELECT {Columns} FROM subscriptions
            WHERE channel_platform = @platform AND channel_id = @channel AND countries = @countries AND platforms = @platforms
            ORDER BY id LIMIT 1
            """, Map, cancellationToken, Args(key));

    /// <summary>Inserts a row; null when an equal one already exists.</summary>
    public static Task<Subscription?> InsertAsync(DbSession session, SubscriptionKey key, bool isStatic, DateTimeOffset now, CancellationToken cancellationToken) =>
        session.QuerySingleAsync(
            $"""
            INSERT INTO subscriptions (channel_platform, channel_id, countries, platforms, created_at, is_static)
            VALUES (@platform, @channel, @countries, @platforms, @now, @static)
            ON CONFLICT (channel_platform, channel_id, countries, platforms, is_static) DO NOTHING
            RETURNING {Columns}
            """, Map, cancellationToken, [.. Args(key), ("now", now), ("static", isStatic)]);

    public static async Task SyncStaticAsync(DbSession session, IReadOnlyList<NewSubscription> configured, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var wanted = configured.Select(Key).ToHashSet();
        var stored = await session.QueryAsync(
            "SELECT id, channel_platform, channel_id, countries, platforms FROM subscriptions WHERE is_static = @static",
            row => (Id: row.Long("id"), Key: new SubscriptionKey(row.String("channel_platform"), row.String("channel_id"), row.String("countries"), row.String("platforms"))),
            cancellationToken, ("static", true));
        foreach (var (id, _) in stored.Where(s => !wanted.Contains(s.Key)))
        {
            await session.ExecuteAsync("DELETE FROM subscriptions WHERE id = @id", cancellationToken, ("id", id));
        }

        var present = stored.Select(s => s.Key).ToHashSet();
        foreach (var key in wanted.Where(k => !present.Contains(k)))
        {
            await InsertAsync(session, key, isStatic: true, now, cancellationToken);
        }
    }

    public static Subscription Map(DbRow row) => new(
        row.Long("id"),
        new ChannelRef(row.String("channel_platform"), row.String("channel_id")),
        ListText.Split(row.String("countries")).ToHashSet(StringComparer.Ordinal),
        ListText.SplitPlatforms(row.String("platforms")).ToHashSet(),
        row.Time("created_at"),
        row.Bool("is_static"));

    private static SqlArg[] Args(SubscriptionKey key) =>
        [("platform", key.Platform), ("channel", key.ChannelId), ("countries", key.Countries), ("platforms", key.Platforms)];
}

/// <summary>What makes two subscriptions "the same": the channel and the canonical filter texts.</summary>
internal sealed record SubscriptionKey(string Platform, string ChannelId, string Countries, string Platforms);

using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Discord.Rendering;

namespace IncursionBot.Discord.Commands;

/// <summary>
/// <c>/subscribe [country] [platform]</c>. Needs Manage Channels, checked here as well as by
/// <c>default_member_permissions</c> (server admins can override the latter). Subscribing also re-enables a channel
/// the bot had stopped posting to, since someone just asked for alerts there.
/// </summary>
internal sealed class SubscribeCommand(SubscriptionCommands subscriptions, ISubscriptionStore store, DiscordState state, TimeProvider time) : ISlashCommand
{
    public string Name => CommandCatalog.Subscribe;

    public async Task<CommandReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (SubscriptionAccess.Refusal(context) is { } refusal)
        {
            return refusal;
        }

        var channel = context.Channel!;
        var result = await subscriptions.SubscribeAsync(channel,
            context.GetString(CommandCatalog.CountryOption), context.GetString(CommandCatalog.PlatformOption), cancellationToken);
        if (!result.Succeeded)
        {
            return CommandReply.Error(result.Error!);
        }

        var reenabled = state.EnableChannel(channel.Id);
        await store.SetChannelDisabledAsync(channel, null, time.GetUtcNow(), cancellationToken);
        var subscription = result.Value!;
        return CommandReply.Text(
            $"Subscribed this channel to alerts for {DiscordMarkdown.Escape(subscription.Describe())} (subscription #{subscription.Id})."
            + (reenabled ? " Posting here was stopped after an error and is enabled again." : string.Empty)
            + " Remove it with /unsubscribe.");
    }
}

/// <summary><c>/unsubscribe &lt;id|all&gt;</c>; an id of another channel's subscription is never touched.</summary>
internal sealed class UnsubscribeCommand(SubscriptionCommands subscriptions) : ISlashCommand
{
    public string Name => CommandCatalog.Unsubscribe;

    public async Task<CommandReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (SubscriptionAccess.Refusal(context) is { } refusal)
        {
            return refusal;
        }

        var target = context.GetString(CommandCatalog.IdOption);
        if (string.IsNullOrWhiteSpace(target))
        {
            return CommandReply.Error("Give a subscription id from /subscriptions, or 'all'.");
        }

        var result = await subscriptions.UnsubscribeAsync(context.Channel!, target, cancellationToken);
        return result.Succeeded ? CommandReply.Text(DiscordMarkdown.Escape(result.Value)) : CommandReply.Error(result.Error!);
    }
}

/// <summary><c>/subscriptions</c>: this channel's subscriptions with their ids.</summary>
internal sealed class SubscriptionsCommand(SubscriptionCommands subscriptions) : ISlashCommand
{
    public string Name => CommandCatalog.Subscriptions;

    public async Task<CommandReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Channel is not { } channel)
        {
            return CommandReply.Error("Use /subscriptions in the channel whose subscriptions you want to see.");
        }

        var list = await subscriptions.ListAsync(channel, cancellationToken);
        if (list.Count == 0)
        {
            return CommandReply.Text("This channel has no subscriptions. Add one with /subscribe.");
        }

        var text = new BoundedText(EmbedLimits.MessageContent);
        text.TryAdd($"This channel's subscriptions ({list.Count}):");
        text.AddAll(list.Select(Line).ToList(), "subscriptions");
        return CommandReply.Text(text.ToString());
    }

    internal static string Line(Subscription s) =>
        $"• **#{s.Id}** {DiscordMarkdown.Escape(s.Describe())}{(s.IsStatic ? " (from the bot's configuration)" : string.Empty)}";
}

/// <summary>Who may change a channel's subscriptions: members with Manage Channels, in a server channel.</summary>
internal static class SubscriptionAccess
{
    public static CommandReply? Refusal(CommandContext context)
    {
        if (!context.InGuild || context.Channel is null)
        {
            return CommandReply.Error("Subscriptions belong to server channels: run this command in the channel that should receive alerts.");
        }

        return context.CanManageChannel
            ? null
            : CommandReply.Error("You need the Manage Channels permission in this channel to change its subscriptions. Ask a moderator, or use /subscriptions to see them.");
    }
}

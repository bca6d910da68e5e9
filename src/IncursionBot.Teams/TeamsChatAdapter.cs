using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Teams.Connector;
using IncursionBot.Teams.Webhooks;

namespace IncursionBot.Teams;

/// <summary>
/// Teams' <see cref="IChatAdapter"/>. Channel ids are a bot conversation id (<c>19:…@thread.tacv2</c>, <c>a:…</c>)
/// or <c>webhook:NAME</c> for a Workflows webhook; each mode is present only when configured.
/// </summary>
internal sealed class TeamsChatAdapter(BotAlertSender? bot, WebhookSender? webhooks, TeamsTargetHealth targets) : IChatAdapter
{
    public const string PlatformName = "teams";

    public string Platform => PlatformName;

    public async Task<DeliveryResult> SendAsync(ChannelRef channel, OutgoingAlert alert, CancellationToken cancellationToken)
    {
        if (channel.Id.StartsWith(WebhookSender.ChannelPrefix, StringComparison.OrdinalIgnoreCase))
        {
            if (webhooks is null)
            {
                return DeliveryResult.Failed(FailureReason.NotConfigured, "Teams:Webhooks has no entries");
            }

            var result = await webhooks.SendAsync(channel.Id, alert, cancellationToken);
            if (result is FailedResult { DisablesChannel: true } failed)
            {
                targets.Disable(channel.Id, failed.Detail);
            }

            return result;
        }

        return bot is null
            ? DeliveryResult.Failed(FailureReason.NotConfigured, "the Teams bot is off: Teams:AppId and Teams:AppPassword are empty")
            : await bot.SendAsync(channel, alert, cancellationToken);
    }
}

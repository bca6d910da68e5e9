using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Teams.Cards;

namespace IncursionBot.Teams.Connector;

/// <summary>
/// Posts alerts to bot conversations: a new card per alert or group, or a PUT of the posted card when the incident
/// grew (a deleted card is posted anew).
/// </summary>
internal sealed class BotAlertSender(ConversationReferenceStore references, BotConnectorClient connector, TeamsTargetHealth targets)
{
    public async Task<DeliveryResult> SendAsync(ChannelRef channel, OutgoingAlert alert, CancellationToken cancellationToken)
    {
        var reference = await references.GetAsync(channel.Id, cancellationToken);
        if (reference is null)
        {
            const string detail = "no conversation reference: the app is not installed in this conversation, or was removed";
            targets.Disable(channel.Id, detail);
            return DeliveryResult.Failed(FailureReason.ChannelGone, detail);
        }

        var card = AlertCardRenderer.Render(alert);
        var summary = AlertCardRenderer.Summary(alert);
        var result = await SendOrUpdateAsync(reference, alert.ExistingMessageId, card, summary, cancellationToken);
        if (result is FailedResult { DisablesChannel: true } failed)
        {
            targets.Disable(channel.Id, failed.Detail);
        }

        return result;
    }

    private async Task<DeliveryResult> SendOrUpdateAsync(
        ConversationReference reference, string? existingId, System.Text.Json.Nodes.JsonObject card, string summary, CancellationToken cancellationToken)
    {
        if (existingId is not null)
        {
            var updated = await connector.UpdateAsync(reference, existingId, OutgoingActivity.Update(reference, reference.ConversationId, existingId, card, summary), cancellationToken);
            if (updated is DeliveredResult)
            {
                // An edit keeps the message's identity whatever id the Connector echoes.
                return DeliveryResult.Delivered(existingId);
            }

            if (updated is not FailedResult { Reason: FailureReason.ChannelGone })
            {
                return updated;
            }
        }

        return await connector.SendAsync(reference, OutgoingActivity.Message(reference, reference.ConversationId, card, summary), cancellationToken);
    }
}

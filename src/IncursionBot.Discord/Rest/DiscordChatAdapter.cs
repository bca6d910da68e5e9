using System.Security.Cryptography;
using System.Text;
using IncursionBot.Core.Ports;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Discord.Rendering;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Discord.Rest;

/// <summary>
/// Posts alerts to Discord channels: <c>POST /channels/{id}/messages</c> with a nonce that Discord enforces (so a
/// retried send never posts twice), or <c>PATCH</c> of the posted message when the incident gained reports.
/// Channels that answered 403/404 and a token that answered 401 are not used again.
/// </summary>
internal sealed partial class DiscordChatAdapter(DiscordRestClient rest, DiscordState state, ILogger<DiscordChatAdapter> logger) : IChatAdapter
{
    /// <summary>Discord's "Unknown Message": the posted message was deleted, so the update is posted anew.</summary>
    private const int UnknownMessage = 10008;

    public string Platform => "discord";

    public async Task<DeliveryResult> SendAsync(ChannelRef channel, OutgoingAlert alert, CancellationToken cancellationToken)
    {
        if (!DiscordOptionsValidator.IsSnowflake(channel.Id))
        {
            return DeliveryResult.Failed(FailureReason.ClientError, $"'{channel.Id}' is not a Discord channel id (a number).");
        }

        if (state.TokenRevoked is { } token)
        {
            return DeliveryResult.Failed(FailureReason.AuthError, token.Detail);
        }

        if (state.IsChannelDisabled(channel.Id, out var problem))
        {
            return DeliveryResult.Failed(FailureReason.ChannelGone, problem.Reason);
        }

        var message = AlertMessageRenderer.Render(alert);
        try
        {
            if (alert.ExistingMessageId is { } messageId && DiscordOptionsValidator.IsSnowflake(messageId))
            {
                var edit = new MessageEditRequest(message.Content, message.Embeds, AllowedMentions.None);
                var edited = await rest.SendAsync(DiscordRoute.EditMessage(channel.Id, messageId), edit, DiscordJson.Default.MessageEditRequest, cancellationToken);
                if (!(edited.Status == 404 && edited.Error?.Code == UnknownMessage))
                {
                    return Map(channel, edited, messageId);
                }

                LogRepostingDeleted(channel.Id, messageId);
            }

            var create = new MessageCreateRequest(message.Content, message.Embeds, AllowedMentions.None, Nonce(alert.IdempotencyKey), EnforceNonce: true);
            var created = await rest.SendAsync(DiscordRoute.CreateMessage(channel.Id), create, DiscordJson.Default.MessageCreateRequest, cancellationToken);
            return Map(channel, created, null);
        }
        catch (HttpRequestException ex)
        {
            return DeliveryResult.Failed(FailureReason.NetworkError, $"Discord could not be reached: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Failed(FailureReason.Timeout, "Discord did not answer in time.");
        }
    }

    /// <summary>The idempotency key as Discord's nonce (at most 25 characters); a longer key is hashed to fit.</summary>
    internal static string Nonce(string key)
    {
        if (key.Length is > 0 and <= EmbedLimits.Nonce)
        {
            return key;
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return hash[..EmbedLimits.Nonce].ToLowerInvariant();
    }

    private DeliveryResult Map(ChannelRef channel, DiscordResponse response, string? existingId)
    {
        if (response.IsSuccess)
        {
            return DeliveryResult.Delivered(response.Read(DiscordJson.Default.MessageResponse)?.Id ?? existingId);
        }

        var detail = response.Describe();
        switch (response.Status)
        {
            case 401:
                return DeliveryResult.Failed(FailureReason.AuthError, state.TokenRevoked?.Detail ?? $"Discord rejected the bot token: {detail}");
            case 403 or 404:
                var reason = $"Discord answered {detail} for channel {channel.Id}: the channel is gone or the bot may not post there";
                if (state.DisableChannel(channel.Id, reason))
                {
                    LogChannelDisabled(channel.Id, detail);
                }

                return DeliveryResult.Failed(FailureReason.ChannelGone, reason);
            case 429:
                return DeliveryResult.Failed(FailureReason.RateLimited, $"Discord rate limit: {detail}", response.RetryAfter);
            case 408 or >= 500:
                return DeliveryResult.Failed(FailureReason.ServerError, $"Discord server error: {detail}");
            default:
                return DeliveryResult.Failed(FailureReason.ClientError, $"Discord refused the message: {detail}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord channel {ChannelId} disabled after {Detail}; its subscriptions get no more alerts until someone subscribes it again")]
    private partial void LogChannelDisabled(string channelId, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} in channel {ChannelId} was deleted; posting the update as a new message")]
    private partial void LogRepostingDeleted(string channelId, string messageId);
}

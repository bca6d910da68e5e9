using IncursionBot.Teams.Connector;

namespace IncursionBot.Teams.Inbound;

/// <summary>A command to answer from the background: where it came from, who sent it and what it said.</summary>
/// <param name="Reference">The conversation's reference (base id, service URL, bot).</param>
/// <param name="ConversationId">The full conversation id, thread suffix included, so the reply lands in the thread.</param>
/// <param name="ActivityId">The activity to reply to.</param>
/// <param name="Text">The command text, without the bot's mention.</param>
/// <param name="From">The sender; its AAD object id decides who may manage subscriptions.</param>
internal sealed record TeamsTurn(ConversationReference Reference, string ConversationId, string? ActivityId, string Text, ChannelAccount? From);

using IncursionBot.Core.Ports;
using IncursionBot.Teams.Cards;
using IncursionBot.Teams.Commands;
using IncursionBot.Teams.Connector;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Teams.Inbound;

/// <summary>
/// Answers queued commands in the background and posts the reply cards through the Connector, a few
/// conversations at a time so one throttled conversation does not hold up the others.
/// </summary>
internal sealed partial class TeamsTurnWorker(TeamsTurnQueue queue, TeamsCommandHandler handler, BotConnectorClient connector, ILogger<TeamsTurnWorker> logger)
    : BackgroundService
{
    private const int Concurrency = 4;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => DrainAsync(stoppingToken)));

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var turn in queue.ReadAllAsync(stoppingToken))
            {
                await AnswerAsync(turn, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: unanswered commands are dropped; the user can ask again.
        }
    }

    private async Task AnswerAsync(TeamsTurn turn, CancellationToken cancellationToken)
    {
        try
        {
            var card = await handler.HandleAsync(turn, cancellationToken);
            var summary = CardText.Plain(card["fallbackText"]?.GetValue<string>() ?? "IncursionBot", 200);
            var result = turn.ActivityId is { } replyTo
                ? await connector.ReplyAsync(turn.Reference, turn.ConversationId, replyTo, OutgoingActivity.Reply(turn.Reference, turn.ConversationId, replyTo, turn.From?.Id, card, summary), cancellationToken)
                : await connector.SendAsync(turn.Reference, OutgoingActivity.Message(turn.Reference, turn.ConversationId, card, summary), cancellationToken);
            if (result is FailedResult failed)
            {
                LogReplyFailed(turn.Reference.ConversationId, failed.Reason, failed.Detail);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // One failing command (a store outage, a bug) must not stop the worker answering the others.
            LogCommandCrashed(ex, turn.Reference.ConversationId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply to Teams conversation {Conversation} failed: {Reason} {Detail}")]
    private partial void LogReplyFailed(string conversation, FailureReason reason, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Answering a Teams command in conversation {Conversation} failed")]
    private partial void LogCommandCrashed(Exception exception, string conversation);
}

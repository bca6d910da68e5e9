using IncursionBot.Discord.Commands;
using IncursionBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IncursionBot.Discord.Interactions;

/// <summary>
/// Produces the initial answer to an interaction within Discord's 3 seconds. A command that takes longer than
/// <see cref="DiscordOptions.InteractionDeferAfter"/> is answered "thinking…" (type 5) and finished in the background
/// by editing the original response — or, for an error, by replacing it with an ephemeral follow-up.
/// </summary>
internal sealed partial class InteractionResponder(
    CommandRouter router,
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<InteractionResponder> logger)
{
    /// <summary>The initial answer; <paramref name="initialDelivered"/> completes once Discord has it, so a follow-up cannot overtake it.</summary>
    public async Task<InteractionResponse> RespondAsync(Interaction interaction, Task initialDelivered, CancellationToken cancellationToken)
    {
        switch (interaction.Type)
        {
            case Interaction.Ping:
                return InteractionResponse.PongResponse;
            case Interaction.Autocomplete:
                return await SuggestAsync(interaction, cancellationToken);
            case Interaction.ApplicationCommand:
                break;
            default:
                return Message(CommandReply.Error("This bot only answers its slash commands."));
        }

        // The command may outlive this request (when deferred), so it runs until shutdown, not until the request ends.
        var work = router.ExecuteAsync(interaction, lifetime.ApplicationStopping);
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(options.Value.InteractionDeferAfter, time, timer.Token);
        var first = await Task.WhenAny(work, deadline);
        await timer.CancelAsync();
        if (first == work)
        {
            return Message(await work);
        }

        cancellationToken.ThrowIfCancellationRequested();
        LogDeferred(interaction.Data?.Name ?? string.Empty);
        _ = FinishDeferredAsync(interaction, work, initialDelivered);
        return new InteractionResponse(InteractionResponse.DeferredChannelMessageWithSource);
    }

    private static InteractionResponse Message(CommandReply reply) =>
        new(InteractionResponse.ChannelMessageWithSource, reply.ToData());

    private async Task<InteractionResponse> SuggestAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(options.Value.InteractionDeferAfter, time);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        IReadOnlyList<CommandChoice> choices;
        try
        {
            choices = await router.SuggestAsync(interaction, limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            choices = [];
        }

        return new InteractionResponse(InteractionResponse.AutocompleteResult, new InteractionResponseData(Choices: choices));
    }

    private async Task FinishDeferredAsync(Interaction interaction, Task<CommandReply> work, Task initialDelivered)
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            var reply = await work;
            await initialDelivered.WaitAsync(stopping);
            var applicationId = interaction.ApplicationId;
            if (!reply.Ephemeral)
            {
                var edited = await rest.SendAsync(DiscordRoute.EditOriginal(applicationId, interaction.Token), reply.ToWebhookMessage(),
                    DiscordJson.Default.WebhookMessageRequest, stopping);
                LogFollowUp(interaction.Data?.Name ?? string.Empty, edited.Status);
                return;
            }

            // A deferred answer is public; an error must only be seen by its author, so it replaces the "thinking…" message.
            await rest.SendAsync(DiscordRoute.DeleteOriginal(applicationId, interaction.Token), null, stopping);
            var followUp = await rest.SendAsync(DiscordRoute.FollowUp(applicationId, interaction.Token), reply.ToWebhookMessage(),
                DiscordJson.Default.WebhookMessageRequest, stopping);
            LogFollowUp(interaction.Data?.Name ?? string.Empty, followUp.Status);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            LogFollowUpFailed(ex, interaction.Data?.Name ?? string.Empty);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: Discord shows the interaction as failed, which is the truth.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Command /{Command} is slow; answered 'thinking…' and finishing it in a follow-up")]
    private partial void LogDeferred(string command);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Follow-up of /{Command} sent; Discord answered {Status}")]
    private partial void LogFollowUp(string command, int status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not finish the deferred answer of /{Command}")]
    private partial void LogFollowUpFailed(Exception exception, string command);
}

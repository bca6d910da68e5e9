using Microsoft.Extensions.Hosting;

namespace IncursionBot.Discord.Commands;

/// <summary>Registers the commands once at start, in the background so a slow Discord does not hold up alerting; transient failures are retried a few times.</summary>
internal sealed class CommandRegistrationService(CommandRegistrar registrar, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var delay in RetryDelays.Prepend(TimeSpan.Zero))
            {
                await Task.Delay(delay, time, stoppingToken);
                if (await registrar.RegisterAsync(stoppingToken) != CommandRegistration.RetryLater)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before registration finished: the next start tries again.
        }
    }
}

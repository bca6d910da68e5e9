using IncursionBot.Core.Delivery;

namespace IncursionBot.Delivery;

/// <summary>Runs the dispatcher while the service runs: at once when ingestion queues work, else every few seconds.</summary>
public sealed partial class DeliveryWorker(
    DeliveryDispatcher dispatcher,
    DeliveryWakeup wakeup,
    DeliveryOptions options,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    private static readonly TimeSpan MaxErrorPause = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var errors = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var claimed = await dispatcher.RunOnceAsync(stoppingToken);
                errors = 0;
                if (claimed == 0)
                {
                    await wakeup.WaitAsync(options.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be locked or gone for a while; the outbox keeps the work, so wait and try again.
                errors++;
                var pause = TimeSpan.FromTicks(Math.Min(options.PollInterval.Ticks * (1L << Math.Min(errors, 10)), MaxErrorPause.Ticks));
                LogDispatchFailed(ex, pause);
                await Task.Delay(pause, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery dispatch failed; trying again in {Pause}")]
    private partial void LogDispatchFailed(Exception exception, TimeSpan pause);
}

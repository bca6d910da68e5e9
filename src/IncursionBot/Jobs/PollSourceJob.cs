using IncursionBot.Polling;
using Quartz;

namespace IncursionBot.Jobs;

/// <summary>The Quartz job behind each source's trigger. Never runs concurrently with itself for one source.</summary>
[DisallowConcurrentExecution]
public sealed partial class PollSourceJob(SourcePoller poller, IHostApplicationLifetime lifetime, ILogger<PollSourceJob> logger) : IJob
{
    public const string SourceNameKey = "source";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var sourceName = context.MergedJobDataMap.GetString(SourceNameKey) ?? string.Empty;
        // Shutdown must not wait for a slow feed's full timeout: the host's stopping token ends the poll.
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, context.CancellationToken, lifetime.ApplicationStopping);
        try
        {
            await poller.PollAsync(sourceName, ignoreBackoff: false, linked.Token);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            LogCancelled(sourceName);
        }
        catch (Exception ex)
        {
            // One source's failure (e.g. the database briefly gone) must not unschedule it or stop the others.
            LogFailed(ex, sourceName);
        }
    }

    public static JobKey KeyFor(string sourceName) => new($"poll:{sourceName}", "sources");

    public static TriggerKey TriggerFor(string sourceName) => new($"poll:{sourceName}", "sources");

    [LoggerMessage(Level = LogLevel.Information, Message = "Poll of {SourceName} cancelled by shutdown")]
    private partial void LogCancelled(string sourceName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Poll of {SourceName} failed")]
    private partial void LogFailed(Exception exception, string sourceName);
}

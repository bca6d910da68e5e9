using IncursionBot.Configuration;
using IncursionBot.Core.Ports;
using IncursionBot.Storage;
using Microsoft.Extensions.Options;

namespace IncursionBot.Hosting;

/// <summary>
/// Runs before anything polls or sends: schema migrations, then the configured static subscriptions mirrored
/// into the store. Failing here stops the host with a message that says what is wrong.
/// </summary>
public sealed partial class StartupTasks(
    StorageMigrator migrator,
    ISubscriptionStore subscriptions,
    IOptions<StaticSubscriptionsOptions> staticSubscriptions,
    ConsoleAdapterState console,
    IEnumerable<IChatAdapter> adapters,
    TimeProvider time,
    ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(cancellationToken);
        // A configured subscription for a platform that is off (e.g. the default console one once Discord is set up)
        // would only fill the dead-letter list; it is kept out until its platform is configured.
        var platforms = adapters.Select(a => a.Platform).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var configured = StaticSubscriptionsValidator.ToSubscriptions(staticSubscriptions.Value);
        foreach (var idle in configured.Where(s => !platforms.Contains(s.Channel.Platform)).Select(s => s.Channel.Platform).Distinct())
        {
            LogPlatformOff(idle);
        }

        await subscriptions.SyncStaticAsync(configured.Where(s => platforms.Contains(s.Channel.Platform)).ToArray(), time.GetUtcNow(), cancellationToken);
        if (console.Enabled)
        {
            LogConsoleOn(console.ByDefault ? "no chat platform is configured" : "Console:Enabled is true");
        }
        else if (console.ByDefault)
        {
            LogConsoleOff();
        }

        if (configured.Count == 0)
        {
            LogNoStaticSubscriptions();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Console alerts are on ({Reason})")]
    private partial void LogConsoleOn(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Console alerts are off because a chat platform is configured; set Console:Enabled=true to keep them")]
    private partial void LogConsoleOff();

    [LoggerMessage(Level = LogLevel.Information, Message = "Static subscriptions for {Platform} are inactive because {Platform} alerts are off")]
    private partial void LogPlatformOff(string platform);

    [LoggerMessage(Level = LogLevel.Information, Message = "No static subscriptions are configured (Subscriptions array); channels subscribe with chat commands")]
    private partial void LogNoStaticSubscriptions();
}

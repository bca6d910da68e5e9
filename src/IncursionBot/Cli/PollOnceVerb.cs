using IncursionBot.Core.Delivery;
using IncursionBot.Polling;

namespace IncursionBot.Cli;

/// <summary>
/// <c>poll-once</c>: polls every enabled source once (ignoring back-off), stores, matches, delivers what is due,
/// and exits 0. A source that fails is logged and skipped; deliveries that must wait for a retry stay in the
/// outbox for the service.
/// </summary>
public static class PollOnceVerb
{
    public static async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var registry = services.GetRequiredService<SourceRegistry>();
        var poller = services.GetRequiredService<SourcePoller>();
        foreach (var source in registry.Enabled)
        {
            await poller.PollAsync(source.Definition.Name, ignoreBackoff: true, cancellationToken);
        }

        var dispatcher = services.GetRequiredService<DeliveryDispatcher>();
        while (await dispatcher.RunOnceAsync(cancellationToken) > 0)
        {
        }

        return 0;
    }
}

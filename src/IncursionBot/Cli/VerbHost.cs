using IncursionBot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncursionBot.Cli;

/// <summary>
/// Runs a one-shot verb inside a started host (options validated, migrations applied) without Kestrel or the
/// scheduler, and turns start-up failures into one clear message and an exit code.
/// </summary>
public static class VerbHost
{
    public static async Task<int> RunAsync(string? configFile, Func<IServiceProvider, CancellationToken, Task<int>> verb, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Directory.GetCurrentDirectory() });
        ConfigurationLoader.Load(builder.Configuration, configFile, []);
        builder.AddBot();
        // One-shot verbs need the stores and adapters, not the gateway connection or command registration that
        // the adapters run as hosted services for the long-running service.
        builder.Services.RemoveAll<IHostedService>();
        builder.Services.AddHostedService<StartupTasks>();
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        try
        {
            return await verb(host.Services, cancellationToken);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }
}

using IncursionBot.Configuration;
using IncursionBot.Console;
using IncursionBot.Core.Clustering;
using IncursionBot.Core.Delivery;
using IncursionBot.Core.Extraction;
using IncursionBot.Core.Ingestion;
using IncursionBot.Core.Ports;
using IncursionBot.Core.Queries;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Discord;
using IncursionBot.Endpoints;
using IncursionBot.Logging;
using IncursionBot.Polling;
using IncursionBot.Sources;
using IncursionBot.Storage;
using IncursionBot.Teams;
using Microsoft.Extensions.Options;

namespace IncursionBot.Hosting;

/// <summary>The one composition root: every verb and the service get their services from here.</summary>
public static class BotComposition
{
    /// <summary>Graceful shutdown budget: running polls and sends are cancelled within it.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(10);

    public static void AddBot(this IHostApplicationBuilder builder)
    {
        SerilogSetup.Configure(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        services.AddSingleton(TimeProvider.System);

        services.AddSources();
        services.AddStorage();
        services.AddDiscord(configuration);
        services.AddTeams(configuration);
        AddConsole(services, configuration);

        services.AddOptions<SourcesOptions>()
            .Configure<IConfiguration>((o, c) => c.GetSection(SourcesOptions.SectionName).Bind(o.Items))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SourcesOptions>, SourcesOptionsValidator>();
        services.AddOptions<StaticSubscriptionsOptions>()
            .Configure<IConfiguration>((o, c) => c.GetSection(StaticSubscriptionsOptions.SectionName).Bind(o.Items))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StaticSubscriptionsOptions>, StaticSubscriptionsValidator>();
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DeliveryOptions>>().Value);

        services.AddSingleton<IIncursionExtractor, GazetteerExtractor>();
        services.AddSingleton<IIncidentClusterer, IncidentClusterer>();
        services.AddSingleton<IngestionService>();
        services.AddSingleton<DeliveryWakeup>();
        services.AddSingleton<DeliveryDispatcher>();
        services.AddSingleton<IncidentQueryService>();
        services.AddSingleton<SubscriptionCommands>();
        services.AddSingleton<SourceRegistry>();
        services.AddSingleton<SourcePoller>();
        services.AddSingleton<HealthReportBuilder>();
        services.AddHostedService<StartupTasks>();
    }

    private static void AddConsole(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ConsoleOptions.SectionName).Get<ConsoleOptions>() ?? new ConsoleOptions();
        var chatConfigured = !string.IsNullOrWhiteSpace(configuration["Discord:BotToken"])
            || (!string.IsNullOrWhiteSpace(configuration["Teams:AppId"]) && !string.IsNullOrWhiteSpace(configuration["Teams:AppPassword"]))
            || configuration.GetSection("Teams:Webhooks").GetChildren().Any();
        var enabled = options.Enabled ?? !chatConfigured;
        if (enabled)
        {
            services.AddSingleton<IChatAdapter>(new ConsoleChatAdapter(System.Console.Out));
        }

        services.AddSingleton(new ConsoleAdapterState(enabled, options.Enabled is null));
    }
}

/// <summary>Whether console alerts are on, and whether that was decided by default, for the start-up log line.</summary>
public sealed record ConsoleAdapterState(bool Enabled, bool ByDefault);

using IncursionBot.Core.Ports;
using IncursionBot.Core.Queries;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Teams.Auth;
using IncursionBot.Teams.Commands;
using IncursionBot.Teams.Connector;
using IncursionBot.Teams.Inbound;
using IncursionBot.Teams.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IncursionBot.Teams;

/// <summary>Registers the Teams adapter: the bot (when <c>Teams:AppId</c>/<c>AppPassword</c> are set) and Workflows webhooks (when <c>Teams:Webhooks</c> has entries).</summary>
public static class TeamsServiceCollectionExtensions
{
    internal const string OpenIdClient = "teams-openid";
    internal const string TokenClient = "teams-token";
    internal const string ConnectorClient = "teams-connector";
    internal const string WebhookClient = "teams-webhooks";

    public static IServiceCollection AddTeams(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TeamsOptions.SectionName);
        services.AddOptions<TeamsOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>());
        services.AddHostedService<TeamsStartupNotice>();

        var configured = section.Get<TeamsOptions>() ?? new TeamsOptions();
        if (!configured.BotEnabled && !configured.WebhooksEnabled)
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(RetryPolicy.Default);
        services.TryAddSingleton<TeamsTargetHealth>();
        if (configured.BotEnabled)
        {
            AddBot(services);
        }

        if (configured.WebhooksEnabled)
        {
            AddClient(services, WebhookClient);
            services.TryAddSingleton(sp => Create<WebhookSender>(sp, WebhookClient));
        }

        services.AddSingleton<IChatAdapter>(sp => new TeamsChatAdapter(
            sp.GetService<BotAlertSender>(), sp.GetService<WebhookSender>(), sp.GetRequiredService<TeamsTargetHealth>()));
        services.AddSingleton<IHealthContributor>(sp => new TeamsHealthContributor(
            sp.GetRequiredService<IOptions<TeamsOptions>>(), sp.GetRequiredService<TeamsTargetHealth>(),
            sp.GetService<BotTokenProvider>(), sp.GetService<WebhookSender>()));
        return services;
    }

    private static void AddBot(IServiceCollection services)
    {
        AddClient(services, OpenIdClient).ConfigureHttpClient(c => c.MaxResponseContentBufferSize = 1024 * 1024);
        AddClient(services, TokenClient);
        AddClient(services, ConnectorClient);
        services.TryAddSingleton(sp => Create<OpenIdKeyCache>(sp, OpenIdClient));
        services.TryAddSingleton(sp => Create<BotTokenProvider>(sp, TokenClient));
        services.TryAddSingleton(sp => Create<BotConnectorClient>(sp, ConnectorClient));
        services.TryAddSingleton<BotFrameworkAuthenticator>();
        services.TryAddSingleton<ServiceUrlPolicy>();
        services.TryAddSingleton<ConversationReferenceStore>();
        services.TryAddSingleton<BotAlertSender>();
        services.TryAddSingleton<TeamsTurnQueue>();
        services.TryAddSingleton<ActivityRouter>();
        services.TryAddSingleton<ActivityEndpoint>();
        services.TryAddSingleton<TeamsCommandHandler>();
        services.TryAddSingleton<IncidentQueryService>();
        services.TryAddSingleton<SubscriptionCommands>();
        services.AddHostedService<TeamsTurnWorker>();
    }

    // The clients live in singletons, so connections are recycled by the handler rather than by the factory; the
    // factory's own request logging is removed because webhook URLs carry their credential in the query string.
    private static IHttpClientBuilder AddClient(IServiceCollection services, string name) => services
        .AddHttpClient(name, c => c.Timeout = TimeSpan.FromSeconds(30))
        .UseSocketsHttpHandler((handler, _) =>
        {
            handler.PooledConnectionLifetime = TimeSpan.FromMinutes(15);
            handler.AllowAutoRedirect = false;
        })
        .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
        .RemoveAllLoggers();

    private static T Create<T>(IServiceProvider services, string client) =>
        ActivatorUtilities.CreateInstance<T>(services, services.GetRequiredService<IHttpClientFactory>().CreateClient(client));
}

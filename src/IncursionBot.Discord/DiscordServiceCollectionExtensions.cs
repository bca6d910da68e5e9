using IncursionBot.Core.Ports;
using IncursionBot.Core.Queries;
using IncursionBot.Core.Subscriptions;
using IncursionBot.Discord.Commands;
using IncursionBot.Discord.Gateway;
using IncursionBot.Discord.Interactions;
using IncursionBot.Discord.RateLimits;
using IncursionBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IncursionBot.Discord;

/// <summary>Registers the Discord adapter: alerts, slash commands, the Gateway and the interactions endpoint.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <c>Discord</c> (at start). Without <c>Discord:BotToken</c> Discord is off: only a log line
    /// saying so is registered. Otherwise: the chat adapter, its health section, command registration, the gateway
    /// (unless <c>Discord:GatewayEnabled</c> is false) and what <c>POST /discord/interactions</c> needs.
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DiscordOptions.SectionName);
        services.AddOptions<DiscordOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.AddHostedService<DiscordStartupNotice>();
        var options = section.Get<DiscordOptions>() ?? new DiscordOptions();
        if (!options.IsEnabled)
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IncidentQueryService>();
        services.TryAddSingleton<SubscriptionCommands>();
        services.AddHttpClient(DiscordRestClient.HttpClientName, (provider, client) =>
                client.Timeout = provider.GetRequiredService<IOptions<DiscordOptions>>().Value.RequestTimeout)
            // The default handlers log request URLs, and interaction URLs carry tokens: the client logs templates itself.
            .RemoveAllLoggers();

        services.AddSingleton<DiscordState>();
        services.AddSingleton<InvalidRequestGuard>();
        services.AddSingleton(provider => new GlobalRateLimit(
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<IOptions<DiscordOptions>>().Value.GlobalRequestsPerSecond));
        services.AddSingleton<RestRateLimiter>();
        services.AddSingleton<DiscordRestClient>();
        services.AddSingleton<IChatAdapter, DiscordChatAdapter>();
        services.AddSingleton<IHealthContributor, DiscordHealthContributor>();

        services.AddSingleton<ISlashCommand, IncidentsCommand>();
        services.AddSingleton<ISlashCommand, IncidentCommand>();
        services.AddSingleton<ISlashCommand, SubscribeCommand>();
        services.AddSingleton<ISlashCommand, UnsubscribeCommand>();
        services.AddSingleton<ISlashCommand, SubscriptionsCommand>();
        services.AddSingleton<AutocompleteHandler>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<InteractionSignatureVerifier>();
        services.AddSingleton<InteractionEndpoint>();

        services.AddSingleton<CommandRegistrar>();
        if (options.RegisterCommands)
        {
            services.AddHostedService<CommandRegistrationService>();
        }

        if (options.UseGateway)
        {
            services.AddSingleton<IdentifyBudget>();
            services.AddSingleton<GatewayInteractionHandler>();
            services.AddHostedService<GatewayService>();
        }

        return services;
    }
}

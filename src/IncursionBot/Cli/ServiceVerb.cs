using IncursionBot.Discord;
using IncursionBot.Endpoints;
using IncursionBot.Hosting;
using IncursionBot.Jobs;
using IncursionBot.Teams;

namespace IncursionBot.Cli;

/// <summary>No verb: the long-running service with its schedule and HTTP endpoints.</summary>
public static class ServiceVerb
{
    public static async Task<int> RunAsync(string? configFile, string[] hostArgs, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = hostArgs, ContentRootPath = Directory.GetCurrentDirectory() });
        ConfigurationLoader.Load(builder.Configuration, configFile, hostArgs);
        builder.AddBot();
        builder.AddScheduling();
        await using var app = builder.Build();
        app.MapHealth();
        app.MapDiscord();
        app.MapTeams();
        await app.RunAsync();
        return 0;
    }
}

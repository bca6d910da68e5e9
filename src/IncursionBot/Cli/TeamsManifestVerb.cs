using IncursionBot.Hosting;
using IncursionBot.Teams;
using IncursionBot.Teams.Manifest;

namespace IncursionBot.Cli;

/// <summary><c>teams-manifest [--output FILE]</c>: writes the installable Teams app package for this bot.</summary>
public static class TeamsManifestVerb
{
    public const string DefaultOutput = "incursionbot-teams.zip";

    public static async Task<int> RunAsync(string? configFile, string output, TextWriter standardOutput, TextWriter error, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationManager();
        ConfigurationLoader.Load(configuration, configFile, []);
        var options = configuration.GetSection("Teams").Get<TeamsOptions>() ?? new TeamsOptions();
        try
        {
            await TeamsManifestWriter.WriteAsync(Path.GetFullPath(output), options, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            await error.WriteLineAsync($"Cannot write the Teams app package: {ex.Message}");
            return StartupFailures.ConfigurationError;
        }

        await standardOutput.WriteLineAsync($"Wrote {Path.GetFullPath(output)}: upload it in Teams (Apps > Manage your apps > Upload an app).");
        return 0;
    }
}

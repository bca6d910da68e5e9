using System.Runtime.CompilerServices;

namespace IncursionBot.Testing.Schema;

/// <summary>
/// Locates the official contract files (<c>shared/contracts</c>, a sibling of the repository checkout, e.g. <c>&lt;root&gt;/main</c>
/// and <c>&lt;root&gt;/shared</c>) by walking up from the test's base directory. Because build output may live outside the
/// checkout (<c>--artifacts-path</c>), the current directory and this source file's compile-time location are tried next.
/// The environment variable <c>INCURSIONBOT_CONTRACTS</c> overrides the search.
/// </summary>
public static class ContractPaths
{
    /// <summary>Environment variable that, when set, names the contracts folder directly.</summary>
    public const string EnvironmentVariable = "INCURSIONBOT_CONTRACTS";

    private static readonly Lazy<string> Located = new(Locate);

    /// <summary>The <c>shared/contracts</c> folder. Throws <see cref="DirectoryNotFoundException"/> when it cannot be found.</summary>
    public static string Directory => Located.Value;

    /// <summary>Discord HTTP API v10 OpenAPI 3.1 spec.</summary>
    public static string DiscordOpenApi => File("discord-openapi.json");

    /// <summary>Adaptive Card 1.5 JSON schema (draft-06).</summary>
    public static string AdaptiveCard15 => File("adaptive-card-1.5.schema.json");

    /// <summary>Teams app manifest 1.17 JSON schema (draft-04).</summary>
    public static string TeamsManifest117 => File("teams-manifest-1.17.schema.json");

    /// <summary>Bot Connector API v3 Swagger 2.0 document.</summary>
    public static string BotConnectorSwagger => File("botframework-connector.swagger.json");

    private static string File(string name) => Path.Combine(Directory, name);

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return System.IO.Directory.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw new DirectoryNotFoundException($"{EnvironmentVariable} is set to '{configured}', which does not exist.");
        }

        string[] starts = [AppContext.BaseDirectory, Environment.CurrentDirectory, Path.GetDirectoryName(SourceFile()) ?? string.Empty];
        foreach (var start in starts.Where(s => s.Length > 0))
        {
            if (FindUpwards(start) is { } found)
            {
                return found;
            }
        }

        throw new DirectoryNotFoundException(
            $"Could not find a 'shared/contracts' folder above any of: {string.Join(", ", starts)}. Set {EnvironmentVariable} to its path.");
    }

    private static string? FindUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "contracts");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;
}

namespace IncursionBot.Hosting;

/// <summary>
/// Loads appsettings.json (or the <c>--config</c> file instead) and then environment variables, which override
/// it with <c>__</c> separators.
/// </summary>
public static class ConfigurationLoader
{
    public const string DefaultFile = "appsettings.json";

    public static void Load(ConfigurationManager configuration, string? configFile, string[] args)
    {
        var path = configFile is { Length: > 0 } ? Path.GetFullPath(configFile) : FindDefault();
        if (configFile is { Length: > 0 } && !File.Exists(path))
        {
            throw new ConfigurationFileException($"The configuration file '{path}' given with --config does not exist.");
        }

        configuration.Sources.Clear();
        if (path is not null)
        {
            configuration.AddJsonFile(path, optional: false, reloadOnChange: false);
        }

        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(args);
    }

    /// <summary>The working directory's appsettings.json, else the one shipped beside the program.</summary>
    private static string? FindDefault()
    {
        var local = Path.GetFullPath(DefaultFile);
        if (File.Exists(local))
        {
            return local;
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, DefaultFile);
        return File.Exists(shipped) ? shipped : null;
    }
}

/// <summary>The configuration cannot be read; the message says which file and why.</summary>
public sealed class ConfigurationFileException(string message) : Exception(message);

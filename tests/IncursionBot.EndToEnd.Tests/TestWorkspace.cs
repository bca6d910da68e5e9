using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncursionBot.EndToEnd.Tests;

/// <summary>A temporary working directory with a configuration file, removed afterwards.</summary>
public sealed class TestWorkspace : IDisposable
{
    public TestWorkspace()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("incursionbot-e2e-").FullName;
    }

    public string Directory { get; }

    public string ConfigPath => Path.Combine(Directory, "bot.json");

    /// <summary>Writes a configuration with the given sources, a console subscription to everything, and SQLite here.</summary>
    public string WriteConfig(JsonArray sources, JsonObject? extra = null)
    {
        var config = new JsonObject
        {
            ["Storage"] = new JsonObject { ["Provider"] = "Sqlite", ["ConnectionString"] = $"Data Source={Path.Combine(Directory, "data", "bot.db")}" },
            ["Sources"] = sources,
            ["Subscriptions"] = new JsonArray(new JsonObject
            {
                ["Platform"] = "console",
                ["Channel"] = "default",
                ["Countries"] = new JsonArray("*"),
                ["Platforms"] = new JsonArray("*"),
            }),
            ["SourceHttp"] = new JsonObject { ["Timeout"] = "00:00:03" },
        };
        foreach (var (key, value) in extra ?? [])
        {
            config[key] = value?.DeepClone();
        }

        File.WriteAllText(ConfigPath, config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return ConfigPath;
    }

    public static JsonObject RssSource(string name, Uri url) => new()
    {
        ["Name"] = name,
        ["Type"] = "rss",
        ["Url"] = url.ToString(),
        ["PollInterval"] = "00:01:00",
        ["MaxItemAge"] = "3650.00:00:00",
    };

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A process that was killed may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
    }
}

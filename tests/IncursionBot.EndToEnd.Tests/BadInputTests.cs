using System.Text.Json.Nodes;
using IncursionBot.Testing.Http;
using Microsoft.AspNetCore.Http;

namespace IncursionBot.EndToEnd.Tests;

/// <summary>Malformed feeds, hanging or failing servers and an unwritable data folder: a clear line, never a crash.</summary>
public sealed class BadInputTests
{
    [Fact]
    public async Task Malformed_hanging_and_failing_feeds_are_logged_and_poll_once_still_succeeds()
    {
        await using var malformed = await LoopbackHttpServer.StartAsync(c => c.Response.WriteAsync("<rss version=\"2.0\"><channel><item><title>broken"));
        await using var failing = await LoopbackHttpServer.StartAsync(c =>
        {
            c.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        });
        await using var hanging = await LoopbackHttpServer.StartAsync(async c => await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted));
        using var workspace = new TestWorkspace();
        var config = workspace.WriteConfig(new JsonArray(
            TestWorkspace.RssSource("malformed-feed", malformed.Url("feed.xml")),
            TestWorkspace.RssSource("failing-feed", failing.Url("feed.xml")),
            TestWorkspace.RssSource("hanging-feed", hanging.Url("feed.xml"))));

        var run = await BotProcess.RunAsync(workspace.Directory, ["poll-once", "--config", config]);

        Assert.True(run.ExitCode == 0, run.StandardError);
        var log = run.StandardError.Split('\n');
        Assert.Contains(log, l => l.Contains("malformed-feed") && l.Contains("WRN"));
        Assert.Contains(log, l => l.Contains("failing-feed") && l.Contains("500"));
        Assert.Contains(log, l => l.Contains("hanging-feed") && l.Contains("WRN"));
        Assert.DoesNotContain("Unhandled exception", run.StandardError);
        Assert.DoesNotContain("ALERT", run.StandardOutput);
    }

    [Fact]
    public async Task An_unwritable_data_folder_gives_one_clear_message_and_a_failing_exit_code()
    {
        using var workspace = new TestWorkspace();
        var blocker = Path.Combine(workspace.Directory, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where the data folder should be");
        var config = workspace.WriteConfig(new JsonArray(), new JsonObject
        {
            ["Storage"] = new JsonObject { ["Provider"] = "Sqlite", ["ConnectionString"] = $"Data Source={Path.Combine(blocker, "data", "bot.db")}" },
        });

        var run = await BotProcess.RunAsync(workspace.Directory, ["poll-once", "--config", config]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(blocker, run.StandardError);
        Assert.DoesNotContain("Unhandled exception", run.StandardError);
        Assert.DoesNotContain("   at ", run.StandardError);
    }

    [Fact]
    public async Task An_invalid_source_entry_names_the_key_to_fix()
    {
        using var workspace = new TestWorkspace();
        var config = workspace.WriteConfig(new JsonArray(new JsonObject { ["Name"] = "x", ["Type"] = "carrier-pigeon" }));

        var run = await BotProcess.RunAsync(workspace.Directory, ["poll-once", "--config", config]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Sources:0:Type", run.StandardError);
    }

    [Fact]
    public async Task Extract_answers_every_line_in_order_even_a_broken_one()
    {
        using var workspace = new TestWorkspace();
        const string input = """
            {"id":"a","title":"Russian drones violate Polish airspace overnight, Poland scrambles jets","text":"Several Russian drones entered Polish airspace near Rzeszów overnight, the Polish military said.","url":"https://example.org/a","published":"2025-09-10T06:00:00Z"}
            this is not json
            {"id":7,"title":"Drone makers expand production in Germany","text":"A drone manufacturer opened a new factory in Munich.","url":"https://example.org/b","published":"2025-09-10T06:00:00Z"}
            """;

        var run = await BotProcess.RunAsync(workspace.Directory, ["extract"], input);

        Assert.Equal(0, run.ExitCode);
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToArray();
        Assert.Equal(3, lines.Length);
        Assert.Equal("a", lines[0]["id"]!.GetValue<string>());
        Assert.True(lines[0]["is_incursion"]!.GetValue<bool>());
        Assert.Contains("PL", lines[0]["countries"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.NotNull(lines[1]["error"]);
        Assert.Equal(7, lines[2]["id"]!.GetValue<int>());
        Assert.False(lines[2]["is_incursion"]!.GetValue<bool>());
    }
}

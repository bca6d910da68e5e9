using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using IncursionBot.Testing.Http;
using Microsoft.AspNetCore.Http;

namespace IncursionBot.EndToEnd.Tests;

/// <summary>The service starts, reports its sources on /healthz, and stops cleanly on SIGTERM.</summary>
public sealed class ServiceLifecycleTests
{
    [Fact]
    public async Task Service_serves_healthz_with_source_state_and_stops_on_sigterm_within_ten_seconds()
    {
        await using var feed = await LoopbackHttpServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return context.Response.WriteAsync("upstream exploded");
        });
        using var workspace = new TestWorkspace();
        var config = workspace.WriteConfig(new JsonArray(TestWorkspace.RssSource("broken-feed", feed.Url("feed.xml"))));
        var port = FreePort.Next();
        await using var bot = BotProcess.Start(workspace.Directory, ["--config", config, "--urls", $"http://127.0.0.1:{port}"]);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        var health = await WaitForAsync(async () =>
        {
            var response = await http.GetAsync("healthz");
            var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            return response.StatusCode == HttpStatusCode.OK && document["sources"]?[0]?["lastError"] is not null ? document : null;
        }, bot);

        Assert.Equal("degraded", health["status"]!.GetValue<string>());
        Assert.True(health["database"]!["healthy"]!.GetValue<bool>());
        var source = health["sources"]![0]!;
        Assert.Equal("broken-feed", source["name"]!.GetValue<string>());
        Assert.Contains("500", source["lastError"]!.GetValue<string>());
        Assert.NotNull(source["nextPollAt"]);
        Assert.NotNull(source["lastPollAt"]);
        Assert.Contains("broken-feed", bot.StandardError);

        var stopwatch = Stopwatch.StartNew();
        bot.Terminate();
        await bot.WaitForExitAsync(TimeSpan.FromSeconds(15));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"shutdown took {stopwatch.Elapsed}");
        Assert.Equal(0, bot.ExitCode);
        Assert.DoesNotContain("Unhandled exception", bot.StandardError);
    }

    private static async Task<JsonNode> WaitForAsync(Func<Task<JsonNode?>> probe, BotProcess bot)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(bot.HasExited, $"the bot exited early:\n{bot.StandardError}");
            try
            {
                if (await probe() is { } result)
                {
                    return result;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"/healthz never showed the failed poll.\nstderr:\n{bot.StandardError}");
    }
}

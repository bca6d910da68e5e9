using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using IncursionBot.Core.Extraction;
using IncursionBot.Testing.Http;
using Microsoft.AspNetCore.Http;

namespace IncursionBot.EndToEnd.Tests;

/// <summary>The new user's path: <c>poll-once --config FILE</c> against a loopback feed of real news.</summary>
public sealed partial class PollOnceTests
{
    [Fact]
    public async Task Poll_once_alerts_each_incursion_once_and_a_second_run_alerts_nothing()
    {
        var labelled = NewsFeed.LoadLabelled();
        var items = labelled.Where(i => i.IsIncursion).Take(8).Concat(labelled.Where(i => !i.IsIncursion).Take(6)).ToArray();
        await using var feed = await LoopbackHttpServer.StartAsync(context =>
        {
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            return context.Response.WriteAsync(NewsFeed.ToRss(items));
        });
        using var workspace = new TestWorkspace();
        var config = workspace.WriteConfig(new JsonArray(TestWorkspace.RssSource("loopback-news", feed.Url("feed.xml"))));

        var first = await BotProcess.RunAsync(workspace.Directory, ["poll-once", "--config", config]);

        Assert.True(first.ExitCode == 0, first.StandardError);
        var extractor = new GazetteerExtractor();
        var expected = items.Where(i => extractor.Extract(i.Title, i.Text).IsIncursion).Select(i => i.Url).ToHashSet();
        Assert.True(expected.Count >= 3, $"the fixture should hold several incursions the extractor recognises, found {expected.Count}");
        var alerts = AlertBlocks(first.StandardOutput);
        Assert.NotEmpty(alerts);
        Assert.Equal(alerts.Count, alerts.Select(a => a.IncidentId).Distinct().Count());
        var alertedUrls = alerts.SelectMany(a => a.Urls).ToList();
        Assert.Equal(alertedUrls.Count, alertedUrls.Distinct().Count());
        Assert.Equal(expected.Order(), alertedUrls.Order());

        var second = await BotProcess.RunAsync(workspace.Directory, ["poll-once", "--config", config]);

        Assert.True(second.ExitCode == 0, second.StandardError);
        Assert.Empty(AlertBlocks(second.StandardOutput));
    }

    [Fact]
    public async Task Incidents_verb_lists_what_poll_once_stored()
    {
        var items = NewsFeed.LoadLabelled().Where(i => i.IsIncursion).Take(3).ToArray();
        await using var feed = await LoopbackHttpServer.StartAsync(context => context.Response.WriteAsync(NewsFeed.ToRss(items)));
        using var workspace = new TestWorkspace();
        var config = workspace.WriteConfig(new JsonArray(TestWorkspace.RssSource("loopback-news", feed.Url("feed.xml"))));
        Assert.Equal(0, (await BotProcess.RunAsync(workspace.Directory, ["poll-once", "--config", config])).ExitCode);

        var listed = await BotProcess.RunAsync(workspace.Directory, ["incidents", "--days", "90", "--config", config]);
        var refused = await BotProcess.RunAsync(workspace.Directory, ["incidents", "--days", "500", "--config", config]);

        Assert.Equal(0, listed.ExitCode);
        Assert.StartsWith("Recent incidents in the last 90 days", listed.StandardOutput);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("days must be between 1 and 90", refused.StandardError);
    }

    [Fact]
    public async Task A_static_subscription_for_a_platform_that_is_off_queues_nothing()
    {
        var items = NewsFeed.LoadLabelled().Where(i => i.IsIncursion).Take(2).ToArray();
        await using var feed = await LoopbackHttpServer.StartAsync(context => context.Response.WriteAsync(NewsFeed.ToRss(items)));
        using var workspace = new TestWorkspace();
        var config = workspace.WriteConfig(
            new JsonArray(TestWorkspace.RssSource("loopback-news", feed.Url("feed.xml"))),
            new JsonObject { ["Console"] = new JsonObject { ["Enabled"] = false } });

        var poll = await BotProcess.RunAsync(workspace.Directory, ["poll-once", "--config", config]);
        var outbox = await BotProcess.RunAsync(workspace.Directory, ["deliveries", "--config", config]);

        Assert.Equal(0, poll.ExitCode);
        Assert.Contains("Static subscriptions for console are inactive", poll.StandardError);
        Assert.DoesNotContain("ALERT", poll.StandardOutput);
        Assert.StartsWith("0 deliveries", outbox.StandardOutput);
    }

    private sealed record AlertBlock(long IncidentId, IReadOnlyList<string> Urls);

    private static List<AlertBlock> AlertBlocks(string output) =>
        output.Split("ALERT #", StringSplitOptions.None).Skip(1)
            .Select(block => new AlertBlock(
                long.Parse(IncidentIdPattern().Match(block).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                UrlPattern().Matches(block).Select(m => m.Groups[1].Value).ToArray()))
            .ToList();

    [GeneratedRegex(@"^(\d+):")]
    private static partial Regex IncidentIdPattern();

    [GeneratedRegex(@"^\s{6}(https?://\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex UrlPattern();
}

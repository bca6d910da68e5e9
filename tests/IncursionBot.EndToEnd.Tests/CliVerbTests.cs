using System.IO.Compression;
using System.Text.Json.Nodes;
using IncursionBot.Testing.Schema;

namespace IncursionBot.EndToEnd.Tests;

/// <summary>The operator verbs: eval, deliveries, teams-manifest.</summary>
public sealed class CliVerbTests
{
    [Fact]
    public async Task Eval_scores_labelled_lines_and_lists_disagreements()
    {
        using var workspace = new TestWorkspace();
        const string input = """
            {"id":"hit","title":"Russian drones violate Polish airspace, Poland scrambles jets","text":"Several Russian drones entered Polish airspace near Rzeszów overnight.","is_incursion":true,"countries":["PL"],"platforms":["drone"],"origin":["RU"]}
            {"id":"miss","title":"Drone makers expand production in Germany","text":"A manufacturer opened a new factory.","is_incursion":true,"countries":["DE"],"platforms":["drone"],"origin":["unknown"]}
            """;

        var run = await BotProcess.RunAsync(workspace.Directory, ["eval"], input);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("items 2", run.StandardOutput);
        Assert.Contains("is_incursion  P 1.000 R 0.500", run.StandardOutput);
        Assert.Contains("differs \"miss\"", run.StandardOutput);
        Assert.DoesNotContain("differs \"hit\"", run.StandardOutput);
    }

    [Fact]
    public async Task Deliveries_lists_the_outbox_and_refuses_to_requeue_an_unknown_row()
    {
        using var workspace = new TestWorkspace();
        var config = workspace.WriteConfig(new JsonArray());

        var list = await BotProcess.RunAsync(workspace.Directory, ["deliveries", "--failed", "--config", config]);
        var retry = await BotProcess.RunAsync(workspace.Directory, ["deliveries", "--retry", "42", "--config", config]);

        Assert.Equal(0, list.ExitCode);
        Assert.StartsWith("0 failed deliveries", list.StandardOutput);
        Assert.Equal(2, retry.ExitCode);
        Assert.Contains("No failed delivery #42", retry.StandardError);
    }

    [Fact]
    public async Task Teams_manifest_writes_a_package_whose_manifest_validates()
    {
        using var workspace = new TestWorkspace();
        var config = workspace.WriteConfig(new JsonArray(), new JsonObject
        {
            ["Teams"] = new JsonObject
            {
                ["AppId"] = "0c9f3b7e-5a51-4c1e-9d2b-6f0f7d1a2b3c",
                ["Manifest"] = new JsonObject { ["WebsiteUrl"] = "https://incursionbot.example.org" },
            },
        });
        var zip = Path.Combine(workspace.Directory, "app.zip");

        var run = await BotProcess.RunAsync(workspace.Directory, ["teams-manifest", "--output", zip, "--config", config]);

        Assert.True(run.ExitCode == 0, run.StandardError);
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
        using var manifest = new StreamReader(archive.GetEntry("manifest.json")!.Open());
        Assert.Empty(JsonSchemaValidator.Load(ContractPaths.TeamsManifest117).Validate(await manifest.ReadToEndAsync()));
    }
}

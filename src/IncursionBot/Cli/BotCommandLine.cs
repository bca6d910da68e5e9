using System.CommandLine;

namespace IncursionBot.Cli;

/// <summary>The verbs of DESIGN.md's command-line contract.</summary>
public static class BotCommandLine
{
    public static RootCommand Build()
    {
        var config = new Option<string?>("--config") { Description = "Read this file instead of appsettings.json (environment variables still override).", Recursive = true };
        var root = new RootCommand("IncursionBot: alerts about airspace incursions into NATO and EU states, for Discord, Teams and the console.")
        {
            config,
        };
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((result, ct) => Guard(() => ServiceVerb.RunAsync(result.GetValue(config), result.UnmatchedTokens.ToArray(), ct)));

        var pollOnce = new Command("poll-once", "Poll every enabled source once, store, match, deliver, and exit.");
        pollOnce.SetAction((result, ct) => Guard(() => VerbHost.RunAsync(result.GetValue(config), PollOnceVerb.RunAsync, ct)));
        root.Subcommands.Add(pollOnce);

        var evidence = new Option<bool>("--evidence") { Description = "Add the phrases that decided each field." };
        var extract = new Command("extract", "Read JSON lines {id,title,text,url,published} on stdin; write one extraction per line on stdout.") { evidence };
        extract.SetAction((result, ct) => Guard(() => ExtractVerb.RunAsync(System.Console.In, System.Console.Out, result.GetValue(evidence), ct)));
        root.Subcommands.Add(extract);

        var labelled = new Option<string?>("--file") { Description = "Labelled JSON lines to score (default: standard input)." };
        var eval = new Command("eval", "Score the extractor on labelled JSON lines: precision, recall and F1.") { labelled };
        eval.SetAction((result, ct) => Guard(async () =>
        {
            using var reader = result.GetValue(labelled) is { } file ? new StreamReader(file) : System.Console.In;
            return await EvalVerb.RunAsync(reader, System.Console.Out, System.Console.Error, ct);
        }));
        root.Subcommands.Add(eval);

        var country = new Option<string?>("--country") { Description = "ISO code or name, e.g. PL or Poland." };
        var platform = new Option<string?>("--platform") { Description = "drone, fighter_jet, military_aircraft_other, helicopter, balloon or missile." };
        var days = new Option<int?>("--days") { Description = "Look back this many days (1-90, default 7)." };
        var incidents = new Command("incidents", "List recent incidents, newest first.") { country, platform, days };
        incidents.SetAction((result, ct) => Guard(() => VerbHost.RunAsync(result.GetValue(config), (services, token) =>
            IncidentsVerb.RunAsync(services, result.GetValue(country), result.GetValue(platform), result.GetValue(days), System.Console.Out, System.Console.Error, token), ct)));
        root.Subcommands.Add(incidents);

        var failed = new Option<bool>("--failed") { Description = "Only dead-lettered deliveries." };
        var retry = new Option<long?>("--retry") { Description = "Queue this failed delivery again." };
        var deliveries = new Command("deliveries", "List the delivery outbox, or requeue a failed delivery.") { failed, retry };
        deliveries.SetAction((result, ct) => Guard(() => VerbHost.RunAsync(result.GetValue(config), (services, token) =>
            DeliveriesVerb.RunAsync(services, result.GetValue(failed), result.GetValue(retry), System.Console.Out, System.Console.Error, token), ct)));
        root.Subcommands.Add(deliveries);

        var output = new Option<string>("--output") { Description = "Where to write the app package.", DefaultValueFactory = _ => TeamsManifestVerb.DefaultOutput };
        var teamsManifest = new Command("teams-manifest", "Write the Microsoft Teams app package (manifest.json and icons) as a zip.") { output };
        teamsManifest.SetAction((result, ct) => Guard(() =>
            TeamsManifestVerb.RunAsync(result.GetValue(config), result.GetValue(output)!, System.Console.Out, System.Console.Error, ct)));
        root.Subcommands.Add(teamsManifest);
        return root;
    }

    private static Task<int> Guard(Func<Task<int>> run) => StartupFailures.GuardAsync(run, System.Console.Error);
}

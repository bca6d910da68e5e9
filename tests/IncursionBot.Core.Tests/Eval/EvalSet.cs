using System.Runtime.CompilerServices;
using System.Text.Json;
using IncursionBot.Core.Incidents;
using ExtractionResult = IncursionBot.Core.Incidents.Extraction;

namespace IncursionBot.Core.Tests.Eval;

/// <summary>One labelled item of the evaluation set; <c>Event</c> names the real event an incursion item reports.</summary>
public sealed record EvalItem(string Id, string Split, string Title, string Text, ExtractionResult Expected, string Notes)
{
    public string Event { get; init; } = string.Empty;

    public DateTimeOffset Published { get; init; }
}

/// <summary>
/// Loads <c>items.jsonl</c> and the five shared samples from this folder. The folder is found from this source
/// file's path, so the data need not be copied next to the test binaries.
/// </summary>
public static class EvalSet
{
    public const string Development = "dev";
    public const string HeldOut = "heldout";
    public const string Samples = "sample";

    public static string Folder { get; } = FolderOfThisFile();

    public static IReadOnlyList<EvalItem> Items { get; } = LoadItems();

    public static IReadOnlyList<EvalItem> SampleItems { get; } = LoadSamples();

    public static IReadOnlyList<EvalItem> Split(string split) => split == Samples ? SampleItems : Items.Where(i => i.Split == split).ToArray();

    private static List<EvalItem> LoadItems() => File.ReadLines(Path.Combine(Folder, "items.jsonl"))
        .Where(line => line.Trim().Length > 0)
        .Select(line =>
        {
            var e = JsonDocument.Parse(line).RootElement;
            return new EvalItem(
                e.GetProperty("id").GetString()!,
                e.GetProperty("split").GetString()!,
                e.GetProperty("title").GetString()!,
                e.GetProperty("text").GetString()!,
                Labels(e),
                e.GetProperty("notes").GetString() ?? string.Empty)
            {
                Event = e.GetProperty("event").GetString() ?? string.Empty,
                Published = DateTimeOffset.Parse(e.GetProperty("published").GetString()! + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            };
        })
        .ToList();

    // Sample articles are plain text files: as the inbox source reads them, the first non-empty line is the title.
    private static List<EvalItem> LoadSamples()
    {
        var folder = Path.Combine(Folder, "samples");
        return File.ReadLines(Path.Combine(folder, "labels.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(line =>
            {
                var e = JsonDocument.Parse(line).RootElement;
                var file = e.GetProperty("file").GetString()!;
                var lines = File.ReadAllLines(Path.Combine(folder, file));
                var titleIndex = Array.FindIndex(lines, l => l.Trim().Length > 0);
                return new EvalItem("sample-" + file[..3], Samples, lines[titleIndex].Trim(), string.Join('\n', lines.Skip(titleIndex + 1)), Labels(e), e.GetProperty("notes").GetString() ?? string.Empty);
            })
            .ToList();
    }

    private static ExtractionResult Labels(JsonElement e)
    {
        string[] Strings(string name) => e.GetProperty(name).EnumerateArray().Select(v => v.GetString()!).ToArray();
        var platforms = Strings("platforms").Select(p => PlatformNames.TryParse(p, out var parsed) ? parsed : throw new FormatException($"Unknown platform {p}")).ToArray();
        return new ExtractionResult(e.GetProperty("is_incursion").GetBoolean(), Strings("countries"), platforms, Strings("origin"), []);
    }

    private static string FolderOfThisFile([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

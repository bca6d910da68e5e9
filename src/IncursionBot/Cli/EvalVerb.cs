using System.Globalization;
using System.Text.Json.Nodes;
using IncursionBot.Core.Extraction;
using IncursionBot.Core.Incidents;

namespace IncursionBot.Cli;

/// <summary>
/// <c>eval [--file F]</c>: labelled JSON lines (the <c>extract</c> input plus <c>is_incursion</c>, <c>countries</c>,
/// <c>platforms</c>, <c>origin</c>) in; precision, recall and F1 of is_incursion and micro-F1 of countries,
/// platforms and origins out, plus every disagreement, so a user can score the extractor on their own data.
/// </summary>
public static class EvalVerb
{
    public static async Task<int> RunAsync(TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var extractor = new GazetteerExtractor();
        var pairs = new List<(Extraction Expected, Extraction Actual)>();
        var lineNumber = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!TryReadLabelled(line, out var item, out var expected))
            {
                await error.WriteLineAsync($"line {lineNumber}: not a labelled item (needs title and is_incursion); skipped");
                continue;
            }

            var actual = extractor.Extract(Text(item["title"]), Text(item["text"]));
            pairs.Add((expected, actual));
            if (Describe(expected) != Describe(actual))
            {
                await output.WriteLineAsync($"  differs {item["id"]?.ToJsonString() ?? $"line {lineNumber}"}: expected {Describe(expected)}, got {Describe(actual)}");
            }
        }

        var scores = ExtractionScoring.Score(pairs);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"items {scores.Items}"));
        await output.WriteLineAsync($"is_incursion  {scores.IsIncursion}");
        await output.WriteLineAsync($"countries     {scores.Countries}");
        await output.WriteLineAsync($"platforms     {scores.Platforms}");
        await output.WriteLineAsync($"origins       {scores.Origins}");
        return pairs.Count == 0 ? StartupFailures.ConfigurationError : 0;
    }

    private static bool TryReadLabelled(string line, out JsonObject item, out Extraction expected)
    {
        item = new JsonObject();
        expected = Extraction.None;
        try
        {
            if (JsonNode.Parse(line) is not JsonObject parsed || parsed["is_incursion"] is not JsonValue flag || !flag.TryGetValue<bool>(out var isIncursion))
            {
                return false;
            }

            item = parsed;
            var platforms = Strings(parsed["platforms"]).Select(p => PlatformNames.TryParse(p, out var platform) ? platform : (Platform?)null).OfType<Platform>().ToArray();
            expected = new Extraction(isIncursion, Strings(parsed["countries"]), platforms, Strings(parsed["origin"]), []);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static string[] Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n?.GetValue<string>() ?? string.Empty).Where(s => s.Length > 0).ToArray() : [];

    private static string Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;

    private static string Describe(Extraction e) => e.IsIncursion
        ? $"incursion [{string.Join(",", e.Countries.Order())}] [{string.Join(",", e.Platforms.Select(p => p.ToWire()).Order())}] [{string.Join(",", e.Origins.Order())}]"
        : "not an incursion";
}

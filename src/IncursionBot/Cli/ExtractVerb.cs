using System.Text.Json;
using System.Text.Json.Nodes;
using IncursionBot.Core.Extraction;
using IncursionBot.Core.Incidents;

namespace IncursionBot.Cli;

/// <summary>
/// <c>extract</c>: JSON lines <c>{"id","title","text","url","published"}</c> on standard input, one JSON line
/// <c>{"id","is_incursion","countries","platforms","origin"}</c> per input on standard output, in input order.
/// A line that is not a JSON object still gets an answer line, with an <c>error</c>, so outputs stay aligned.
/// </summary>
public static class ExtractVerb
{
    public static async Task<int> RunAsync(TextReader input, TextWriter output, bool withEvidence, CancellationToken cancellationToken)
    {
        var extractor = new GazetteerExtractor();
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            await output.WriteLineAsync(Answer(extractor, line, withEvidence).ToJsonString().AsMemory(), cancellationToken);
        }

        await output.FlushAsync(cancellationToken);
        return 0;
    }

    private static JsonObject Answer(GazetteerExtractor extractor, string line, bool withEvidence)
    {
        JsonObject? item;
        try
        {
            item = JsonNode.Parse(line) as JsonObject;
        }
        catch (JsonException ex)
        {
            return Failed(null, $"not valid JSON: {ex.Message}");
        }

        if (item is null)
        {
            return Failed(null, "each line must be a JSON object");
        }

        var id = item["id"]?.DeepClone();
        var title = Text(item["title"]);
        var text = Text(item["text"]);
        var extraction = extractor.Extract(title, text);
        var answer = new JsonObject
        {
            ["id"] = id,
            ["is_incursion"] = extraction.IsIncursion,
            ["countries"] = new JsonArray(extraction.Countries.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
            ["platforms"] = new JsonArray(extraction.Platforms.Select(p => (JsonNode?)JsonValue.Create(p.ToWire())).ToArray()),
            ["origin"] = new JsonArray(extraction.Origins.Select(o => (JsonNode?)JsonValue.Create(o)).ToArray()),
        };
        if (withEvidence)
        {
            answer["evidence"] = new JsonArray(extraction.Evidence
                .Select(e => (JsonNode?)new JsonObject { ["field"] = e.Field, ["value"] = e.Value, ["phrase"] = e.Phrase })
                .ToArray());
        }

        return answer;
    }

    private static string Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;

    private static JsonObject Failed(JsonNode? id, string error) => new()
    {
        ["id"] = id,
        ["is_incursion"] = false,
        ["countries"] = new JsonArray(),
        ["platforms"] = new JsonArray(),
        ["origin"] = new JsonArray(),
        ["error"] = error,
    };
}

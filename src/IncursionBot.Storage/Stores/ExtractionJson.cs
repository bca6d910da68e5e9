using System.Text.Json;
using System.Text.Json.Serialization;
using IncursionBot.Core.Incidents;

namespace IncursionBot.Storage.Stores;

/// <summary>A report's extraction as stored JSON, in the wire names of the <c>extract</c> contract.</summary>
internal static class ExtractionJson
{
    public static string Write(Extraction extraction) => JsonSerializer.Serialize(
        new StoredExtraction(
            extraction.IsIncursion,
            extraction.Countries,
            extraction.Platforms.Select(p => p.ToWire()).ToArray(),
            extraction.Origins,
            extraction.Evidence.Select(e => new StoredEvidence(e.Field, e.Value, e.Phrase)).ToArray()),
        ExtractionJsonContext.Default.StoredExtraction);

    public static Extraction Read(string json)
    {
        var stored = JsonSerializer.Deserialize(json, ExtractionJsonContext.Default.StoredExtraction)
            ?? throw new InvalidDataException("A stored extraction is null.");
        return new Extraction(
            stored.IsIncursion,
            stored.Countries ?? [],
            ListText.SplitPlatforms(ListText.Join(stored.Platforms ?? [])),
            stored.Origins ?? [],
            (stored.Evidence ?? []).Select(e => new Evidence(e.Field, e.Value, e.Phrase)).ToArray());
    }
}

internal sealed record StoredExtraction(
    [property: JsonPropertyName("is_incursion")] bool IsIncursion,
    [property: JsonPropertyName("countries")] IReadOnlyList<string>? Countries,
    [property: JsonPropertyName("platforms")] IReadOnlyList<string>? Platforms,
    [property: JsonPropertyName("origin")] IReadOnlyList<string>? Origins,
    [property: JsonPropertyName("evidence")] IReadOnlyList<StoredEvidence>? Evidence);

internal sealed record StoredEvidence(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("phrase")] string Phrase);

[JsonSerializable(typeof(StoredExtraction))]
internal sealed partial class ExtractionJsonContext : JsonSerializerContext;

using System.Text.Json;

namespace IncursionBot.Sources.Text;

/// <summary>Type-tolerant reads from untrusted JSON: a property of the wrong type reads as absent.</summary>
internal static class Json
{
    public static string? String(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? Decode(value)
            : null;

    /// <summary>A string, or a number as written (JSON Feed 1.0 tolerated numeric ids).</summary>
    public static string? StringOrNumber(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => Decode(value),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    public static JsonElement? Property(JsonElement obj, string name, JsonValueKind kind) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind == kind ? value : null;

    // A lone surrogate escape ("\ud83d") is valid JSON syntax but not a string .NET can hold.
    private static string? Decode(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}

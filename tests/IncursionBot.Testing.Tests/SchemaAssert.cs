using IncursionBot.Testing.Schema;

namespace IncursionBot.Testing.Tests;

/// <summary>Writes hand-written schemas to temp files and asserts on validation results.</summary>
internal static class SchemaAssert
{
    private static readonly string Folder = Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), "incursionbot-schema-tests", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture))).FullName;

    /// <summary>Loads <paramref name="schemaJson"/> from a fresh temp file.</summary>
    public static JsonSchemaValidator Compile(string schemaJson, string pointer = "#")
    {
        var path = Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, schemaJson);
        return JsonSchemaValidator.Load(path, pointer);
    }

    public static void Valid(JsonSchemaValidator validator, string json)
    {
        var errors = validator.Validate(json);
        Assert.True(errors.Count == 0, $"expected {json} to be valid, got:\n{string.Join("\n", errors)}");
    }

    /// <summary>Asserts the instance is invalid and that some error contains <paramref name="fragment"/>; returns the errors.</summary>
    public static IReadOnlyList<string> Invalid(JsonSchemaValidator validator, string json, string fragment)
    {
        var errors = validator.Validate(json);
        Assert.True(errors.Count > 0, $"expected {json} to be invalid");
        Assert.True(
            errors.Any(e => e.Contains(fragment, StringComparison.Ordinal)),
            $"expected an error containing '{fragment}', got:\n{string.Join("\n", errors)}");
        return errors;
    }

    /// <summary>Asserts validity according to <paramref name="valid"/>.</summary>
    public static void Check(JsonSchemaValidator validator, string json, bool valid)
    {
        var errors = validator.Validate(json);
        Assert.True(
            (errors.Count == 0) == valid,
            $"expected {json} to be {(valid ? "valid" : "invalid")}, got {errors.Count} errors:\n{string.Join("\n", errors)}");
    }
}

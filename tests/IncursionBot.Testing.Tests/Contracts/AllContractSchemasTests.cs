using System.Text.Json;
using IncursionBot.Testing.Schema;

namespace IncursionBot.Testing.Tests.Contracts;

/// <summary>Every named schema in every contract document compiles and can be applied (no unsupported keyword, no broken $ref).</summary>
public sealed class AllContractSchemasTests
{
    public static TheoryData<string, string> Collections => new()
    {
        { "discord-openapi.json", "#/components/schemas" },
        { "adaptive-card-1.5.schema.json", "#/definitions" },
        { "teams-manifest-1.17.schema.json", "#/definitions" },
        { "teams-manifest-1.30.schema.json", "#/definitions" },
        { "botframework-connector.swagger.json", "#/definitions" },
    };

    [Theory]
    [MemberData(nameof(Collections))]
    public void Every_named_schema_compiles_and_validates_sample_values(string file, string collection)
    {
        var path = Path.Combine(ContractPaths.Directory, file);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var names = collection.TrimStart('#', '/').Split('/').Aggregate(document.RootElement, (e, token) => e.GetProperty(token))
            .EnumerateObject().Select(p => p.Name).ToList();
        Assert.NotEmpty(names);
        foreach (var name in names)
        {
            var validator = JsonSchemaValidator.Load(path, $"{collection}/{Uri.EscapeDataString(name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal))}");
            foreach (var sample in new[] { "null", "{}", "[]", "\"x\"", "1", "{\"type\": \"x\", \"name\": \"y\"}" })
            {
                _ = validator.Validate(sample);
            }
        }
    }

    [Fact]
    public void Root_schemas_of_the_json_schema_documents_apply()
    {
        Assert.Contains("$.body: expected array, got integer", JsonSchemaValidator.Load(ContractPaths.AdaptiveCard15).Validate("""{ "body": 1 }"""));
        var teams130 = JsonSchemaValidator.Load(Path.Combine(ContractPaths.Directory, "teams-manifest-1.30.schema.json"));
        Assert.Contains("$: missing required property 'id'", teams130.Validate("{}"));
    }
}

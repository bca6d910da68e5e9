using IncursionBot.Testing.Schema;
using static IncursionBot.Testing.Tests.SchemaAssert;

namespace IncursionBot.Testing.Tests.Contracts;

public sealed class DiscordCommandContractTests
{
    // The request bodies of PUT (bulk overwrite) for global and guild commands, taken from the spec's paths.
    public static TheoryData<string> BulkOverwriteBodies => new()
    {
        "#/paths/~1applications~1{application_id}~1commands/put/requestBody/content/application~1json/schema",
        "#/paths/~1applications~1%7Bapplication_id%7D~1guilds~1%7Bguild_id%7D~1commands/put/requestBody/content/application~1json/schema",
    };

    private const string Commands = """
        [
          {
            "name": "incidents",
            "description": "List recent incidents",
            "type": 1,
            "contexts": [0],
            "options": [
              { "type": 3, "name": "region", "description": "Region name", "required": false,
                "choices": [{ "name": "The Forge", "value": "the-forge" }] },
              { "type": 4, "name": "limit", "description": "How many", "min_value": 1, "max_value": 25 }
            ]
          },
          {
            "name": "subscribe",
            "description": "Manage subscriptions",
            "default_member_permissions": 32,
            "options": [
              { "type": 1, "name": "add", "description": "Subscribe this channel",
                "options": [{ "type": 7, "name": "channel", "description": "Target channel" }] }
            ]
          }
        ]
        """;

    [Theory]
    [MemberData(nameof(BulkOverwriteBodies))]
    public void Bulk_overwrite_body_validates(string pointer) =>
        Valid(JsonSchemaValidator.Load(ContractPaths.DiscordOpenApi, pointer), Commands);

    [Theory]
    [MemberData(nameof(BulkOverwriteBodies))]
    public void Bulk_overwrite_body_rejects_bad_commands(string pointer)
    {
        var body = JsonSchemaValidator.Load(ContractPaths.DiscordOpenApi, pointer);
        Invalid(body, """[{ "description": "no name" }]""", "$[0]: missing required property 'name'");
        Invalid(body, """[{ "name": "this-command-name-is-far-longer-than-32" }]""", "$[0].name: string longer than maxLength 32");
        Invalid(body, """{ "name": "not-an-array" }""", "$: expected one of [array, null], got object");
        var tooMany = "[" + string.Join(",", Enumerable.Range(0, 131).Select(i => $$"""{ "name": "c{{i}}" }""")) + "]";
        Invalid(body, tooMany, "array longer than maxItems 130");
    }

    [Fact]
    public void Single_command_option_errors_point_into_the_matching_option_type()
    {
        var command = JsonSchemaValidator.Load(ContractPaths.DiscordOpenApi, "#/components/schemas/ApplicationCommandUpdateRequest");
        Invalid(command, """{ "name": "x", "options": [{ "type": 3, "name": "region" }] }""", "$.options[0]: missing required property 'description'");
        Invalid(command, """{ "name": "x", "options": [{ "type": 42, "name": "a", "description": "b" }] }""", "$.options[0].type: value 42 matches no oneOf branch");
    }
}

using IncursionBot.Testing.Schema;
using static IncursionBot.Testing.Tests.SchemaAssert;

namespace IncursionBot.Testing.Tests.Keywords;

public sealed class RefTests
{
    private const string OpenApi = """
        {
          "openapi": "3.1.0",
          "paths": {
            "/things/{id}": { "put": { "requestBody": { "content": { "application/json": { "schema": {
              "type": "array", "items": { "$ref": "#/components/schemas/Thing" } } } } } } }
          },
          "components": { "schemas": {
            "Thing": { "type": "object", "properties": { "name": { "$ref": "#/components/schemas/Name" } }, "required": ["name"] },
            "Name": { "type": "string", "maxLength": 5 },
            "Tree": { "type": "object", "properties": { "children": { "type": "array", "items": { "$ref": "#/components/schemas/Tree" } }, "v": { "type": "integer" } } },
            "a~b/c": { "type": "boolean" },
            "Percent%Name": { "type": "null" },
            "Loop": { "$ref": "#/components/schemas/Loop2" },
            "Loop2": { "$ref": "#/components/schemas/Loop" },
            "Sibling": { "$ref": "#/components/schemas/Name", "minLength": 2 }
          } }
        }
        """;

    [Fact]
    public void Load_selects_a_component_and_refs_resolve_against_the_document()
    {
        var validator = Compile(OpenApi, "#/components/schemas/Thing");
        Valid(validator, """{ "name": "abc" }""");
        Invalid(validator, """{ "name": "abcdef" }""", "$.name: string longer than maxLength 5");
    }

    [Fact]
    public void Pointer_tokens_are_unescaped_with_tilde_and_percent_decoding()
    {
        Valid(Compile(OpenApi, "#/components/schemas/a~0b~1c"), "true");
        Invalid(Compile(OpenApi, "#/components/schemas/a~0b~1c"), "1", "expected boolean");
        Invalid(Compile(OpenApi, "#/components/schemas/Percent%25Name"), "1", "expected null");
        var body = Compile(OpenApi, "#/paths/~1things~1%7Bid%7D/put/requestBody/content/application~1json/schema");
        Valid(body, """[{ "name": "a" }]""");
        Invalid(body, """[{ "name": 1 }]""", "$[0].name: expected string, got integer");
        Valid(Compile(OpenApi, "#/paths/~1things~1{id}/put/requestBody/content/application~1json/schema"), "[]");
    }

    [Fact]
    public void Recursive_schemas_validate_nested_data()
    {
        var validator = Compile(OpenApi, "#/components/schemas/Tree");
        Valid(validator, """{ "v": 1, "children": [{ "v": 2, "children": [{ "v": 3 }] }] }""");
        Invalid(validator, """{ "children": [{ "children": [{ "v": "x" }] }] }""", "$.children[0].children[0].v: expected integer");
    }

    [Fact]
    public void Ref_cycles_that_consume_no_input_terminate() =>
        Valid(Compile(OpenApi, "#/components/schemas/Loop"), "42");

    [Fact]
    public void Siblings_of_ref_apply_in_2020_12()
    {
        var validator = Compile(OpenApi, "#/components/schemas/Sibling");
        Valid(validator, "\"ab\"");
        Invalid(validator, "\"a\"", "shorter than minLength 2");
        Invalid(validator, "\"abcdef\"", "longer than maxLength 5");
    }

    [Fact]
    public void Siblings_of_ref_are_ignored_in_draft04() =>
        Valid(Compile("""{ "$schema": "http://json-schema.org/draft-04/schema#", "definitions": { "s": { "type": "string" } }, "$ref": "#/definitions/s", "minLength": 5 }"""), "\"a\"");

    [Fact]
    public void Defs_definitions_and_anchors_resolve()
    {
        Invalid(Compile("""{ "$defs": { "n": { "type": "number" } }, "$ref": "#/$defs/n" }"""), "\"x\"", "expected number");
        Invalid(Compile("""{ "definitions": { "n": { "type": "number" } }, "properties": { "a": { "$ref": "#/definitions/n" } } }"""), """{ "a": "x" }""", "$.a: expected number");
        Invalid(Compile("""{ "$defs": { "n": { "$anchor": "num", "type": "number" } }, "$ref": "#num" }"""), "\"x\"", "expected number");
    }

    [Fact]
    public void Ref_with_the_documents_own_id_resolves_and_ids_are_otherwise_ignored()
    {
        const string schema = """
            { "$schema": "http://json-schema.org/draft-06/schema#", "id": "http://example.com/s.json",
              "definitions": { "n": { "id": "ignored", "type": "number" } },
              "properties": { "a": { "$ref": "http://example.com/s.json#/definitions/n" } } }
            """;
        Invalid(Compile(schema), """{ "a": "x" }""", "$.a: expected number");
    }

    [Fact]
    public void Bad_pointers_and_external_refs_fail_loudly()
    {
        Assert.Throws<KeyNotFoundException>(() => Compile(OpenApi, "#/components/schemas/Missing"));
        Assert.Throws<KeyNotFoundException>(() => Compile("""{ "$ref": "#/nowhere" }""").Validate("1"));
        Assert.Throws<NotSupportedException>(() => Compile("""{ "$ref": "other.json#/x" }""").Validate("1"));
        Assert.Throws<FileNotFoundException>(() => JsonSchemaValidator.Load("/definitely/not/here.json"));
    }

    [Fact]
    public void Loading_the_same_document_twice_reuses_it()
    {
        var path = ContractPaths.DiscordOpenApi;
        var first = JsonSchemaValidator.Load(path, "#/components/schemas/RichEmbedField");
        var second = JsonSchemaValidator.Load(path, "#/components/schemas/RichEmbedField");
        Assert.Empty(second.Validate("""{ "name": "n", "value": "v" }"""));
        Assert.NotEmpty(first.Validate("""{ "name": "n" }"""));
    }
}

using IncursionBot.Testing.Schema;
using static IncursionBot.Testing.Tests.SchemaAssert;

namespace IncursionBot.Testing.Tests.Contracts;

public sealed class DiscordInteractionContractTests
{
    private static readonly JsonSchemaValidator CreateMessage =
        JsonSchemaValidator.Load(ContractPaths.DiscordOpenApi, "#/components/schemas/CreateMessageInteractionCallbackRequest");

    // Any interaction callback body, as the POST /interactions/{id}/{token}/callback request body.
    private static readonly JsonSchemaValidator AnyCallback = JsonSchemaValidator.Load(
        ContractPaths.DiscordOpenApi,
        "#/paths/~1interactions~1{interaction_id}~1{interaction_token}~1callback/post/requestBody/content/application~1json/schema");

    private const string Reply = """
        { "type": 4, "data": { "content": "3 open incidents", "flags": 64,
          "embeds": [{ "title": "Incidents", "fields": [{ "name": "Jita", "value": "open" }] }],
          "allowed_mentions": { "parse": [] } } }
        """;

    [Fact]
    public void Channel_message_reply_validates()
    {
        Valid(CreateMessage, Reply);
        Valid(AnyCallback, Reply);
        Valid(CreateMessage, """{ "type": 5 }""");
    }

    [Fact]
    public void Wrong_callback_type_or_oversized_content_fails()
    {
        Invalid(CreateMessage, """{ "type": 7, "data": { "content": "x" } }""", "$.type: value 7 is not one of [4, 5]");
        Invalid(CreateMessage, $$"""{ "type": 4, "data": { "content": "{{new string('x', 2001)}}" } }""", "$.data.content: string longer than maxLength 2000");
        Invalid(CreateMessage, """{ "data": { "content": "x" } }""", "$: missing required property 'type'");
    }

    [Fact]
    public void Pong_and_autocomplete_callbacks_validate_against_the_union()
    {
        Valid(AnyCallback, """{ "type": 1 }""");
        Valid(AnyCallback, """{ "type": 8, "data": { "choices": [{ "name": "The Forge", "value": "the-forge" }] } }""");
        Invalid(AnyCallback, """{ "type": 8, "data": { "choices": [{ "name": "The Forge" }] } }""", "missing required property 'value'");
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using IncursionBot.Testing.Schema;
using Microsoft.AspNetCore.Http;

namespace IncursionBot.Testing.Discord;

/// <summary>The REST routes of the fake: routing, auth, rate limits, contract checks, and each route's behaviour.</summary>
public sealed partial class FakeDiscord
{
    private const string CommandsPutSchema = "#/paths/~1applications~1{application_id}~1commands/put/requestBody/content/application~1json/schema";

    private sealed record FakeRoute(string Template, string Bucket, string Major, bool Interaction, string? Schema, string ScriptKey);

    private static FakeRoute? Resolve(string method, string[] s) => (method, s) switch
    {
        ("POST", ["channels", var c, "messages"]) => new("POST /channels/{channel_id}/messages", "msg-create", c, false, "#/components/schemas/MessageCreateRequest", c),
        ("PATCH", ["channels", var c, "messages", _]) => new("PATCH /channels/{channel_id}/messages/{message_id}", "msg-edit", c, false, "#/components/schemas/MessageEditRequestPartial", c),
        ("GET" or "PUT", ["applications", _, "commands"]) => new($"{method} /applications/{{application_id}}/commands", "commands", "global", false, method == "PUT" ? CommandsPutSchema : null, "commands"),
        ("GET" or "PUT", ["applications", _, "guilds", var g, "commands"]) => new($"{method} /applications/{{application_id}}/guilds/{{guild_id}}/commands", "commands", g, false, method == "PUT" ? CommandsPutSchema : null, "commands"),
        ("POST", ["interactions", var i, _, "callback"]) => new("POST /interactions/{id}/{token}/callback", "callback", i, true, null, "callback"),
        ("PATCH", ["webhooks", _, var t, "messages", "@original"]) => new("PATCH /webhooks/{app}/{token}/messages/@original", "webhook", t, true, "#/components/schemas/IncomingWebhookUpdateRequestPartial", "webhook"),
        ("DELETE", ["webhooks", _, var t, "messages", "@original"]) => new("DELETE /webhooks/{app}/{token}/messages/@original", "webhook", t, true, null, "webhook"),
        ("POST", ["webhooks", _, var t]) => new("POST /webhooks/{app}/{token}", "webhook", t, true, "#/components/schemas/IncomingWebhookRequestPartial", "webhook"),
        ("GET", ["gateway", "bot"]) => new("GET /gateway/bot", "gateway", "global", false, null, "gateway"),
        _ => null,
    };

    /// <summary>Validates a payload against a schema of Discord's OpenAPI document; returns the errors.</summary>
    public static IReadOnlyList<string> Validate(string pointer, string json) =>
        JsonSchemaValidator.Load(ContractPaths.DiscordOpenApi, pointer).Validate(json);

    private Reply Answer(HttpContext http, FakeRoute route, string[] segments, string body)
    {
        if (!route.Interaction && (!AcceptToken || http.Request.Headers.Authorization != $"Bot {Token}"))
        {
            return Limited(route, new Reply(401, """{"message":"401: Unauthorized","code":0}"""), null);
        }

        if (!http.Request.Headers.UserAgent.ToString().StartsWith("DiscordBot (", StringComparison.Ordinal))
        {
            ContractErrors.Enqueue($"{route.Template}: User-Agent '{http.Request.Headers.UserAgent}' is not 'DiscordBot ($url, $version)'");
        }

        if (body.Length > 0)
        {
            CheckContract(route, http.Request.ContentType, body);
        }

        var verdict = Limits.Check(route.Bucket, route.Major, route.Interaction);
        if (!verdict.Allowed)
        {
            return RateLimited(verdict.RetryAfter, verdict.Global, verdict);
        }

        if (Scripts.TryGetValue(route.ScriptKey, out var queue) && queue.TryDequeue(out var scripted))
        {
            if (scripted.RetryAfterSeconds is { } after)
            {
                Limits.Promise(route.Bucket, route.Major, TimeSpan.FromSeconds(after));
                return RateLimited(TimeSpan.FromSeconds(after), scripted.Global, verdict);
            }

            return Limited(route, new Reply(scripted.Status, scripted.Body), verdict);
        }

        return Limited(route, route.Bucket switch
        {
            "msg-create" => CreateMessage(route.Major, body),
            "msg-edit" => EditMessage(route.Major, segments[3], body),
            "commands" when http.Request.Method == "PUT" => PutCommands(route.Major, body),
            "commands" => new Reply(200, (Commands.TryGetValue(route.Major, out var stored) ? stored : []).ToJsonString()),
            "callback" => Callback(body),
            "webhook" when http.Request.Method == "DELETE" => new Reply(204, string.Empty),
            "webhook" => new Reply(200, $$"""{"id":"{{NextId()}}","channel_id":"1"}"""),
            "gateway" => new Reply(200, $$$"""{"url":"{{{Gateway.Url}}}","shards":1,"session_start_limit":{"total":1000,"remaining":{{{SessionStartsRemaining}}},"reset_after":{{{SessionResetAfterMs}}},"max_concurrency":1}}"""),
            _ => new Reply(404, """{"message":"404: Not Found","code":0}"""),
        }, verdict);
    }

    private void CheckContract(FakeRoute route, string? contentType, string body)
    {
        if (contentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            ContractErrors.Enqueue($"{route.Template}: Content-Type '{contentType}' is not application/json");
        }

        var schema = route.Schema ?? (route.Bucket == "callback" ? CallbackSchema(body) : null);
        if (schema is not null)
        {
            foreach (var error in Validate(schema, body))
            {
                ContractErrors.Enqueue($"{route.Template}: {error}");
            }
        }
    }

    /// <summary>The callback schema for the response type: autocomplete (8), message (4/5) or pong (1).</summary>
    public static string CallbackSchema(string body) => JsonNode.Parse(body)?["type"]?.GetValue<int>() switch
    {
        8 => "#/components/schemas/ApplicationCommandAutocompleteCallbackRequest",
        1 => "#/components/schemas/PongInteractionCallbackRequest",
        _ => "#/components/schemas/CreateMessageInteractionCallbackRequest",
    };

    private Reply CreateMessage(string channelId, string body)
    {
        var json = JsonNode.Parse(body)!;
        var nonce = json["nonce"]?.ToString();
        if (json["enforce_nonce"]?.GetValue<bool>() == true && nonce is not null)
        {
            var existing = Messages.FirstOrDefault(m => m.Value.ChannelId == channelId && m.Value.Body["nonce"]?.ToString() == nonce);
            if (existing.Key is not null)
            {
                return new Reply(200, $$"""{"id":"{{existing.Key}}","channel_id":"{{channelId}}"}""");
            }
        }

        var id = NextId();
        Messages[id] = (channelId, json);
        return new Reply(200, $$"""{"id":"{{id}}","channel_id":"{{channelId}}"}""");
    }

    private Reply EditMessage(string channelId, string messageId, string body)
    {
        if (!Messages.TryGetValue(messageId, out var message) || message.ChannelId != channelId)
        {
            return new Reply(404, """{"message":"Unknown Message","code":10008}""");
        }

        var json = JsonNode.Parse(body)!;
        json["nonce"] = message.Body["nonce"]?.DeepClone();
        Messages[messageId] = (channelId, json);
        return new Reply(200, $$"""{"id":"{{messageId}}","channel_id":"{{channelId}}"}""");
    }

    private Reply PutCommands(string scope, string body)
    {
        Interlocked.Increment(ref CommandPuts);
        var stored = new JsonArray();
        foreach (var command in JsonNode.Parse(body)!.AsArray())
        {
            // Answer like Discord: ids and versions added, permissions as a string, type filled in.
            var copy = command!.DeepClone().AsObject();
            copy["id"] = NextId();
            copy["application_id"] = ApplicationId;
            copy["version"] = NextId();
            copy["type"] ??= 1;
            copy["nsfw"] = false;
            copy["default_member_permissions"] = copy["default_member_permissions"] is { } p ? p.ToString() : null;
            copy["integration_types"] = new JsonArray(0);
            stored.Add(copy);
        }

        Commands[scope] = stored;
        return new Reply(200, stored.ToJsonString());
    }

    private Reply Callback(string body)
    {
        CallbackBodies.Enqueue(body);
        return new Reply(204, string.Empty);
    }

    public int SessionResetAfterMs { get; set; } = 3000;

    public System.Collections.Concurrent.ConcurrentQueue<string> CallbackBodies { get; } = new();
}

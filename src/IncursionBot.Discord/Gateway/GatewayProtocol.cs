using System.Buffers;
using System.Text.Json;
using IncursionBot.Core.Security;

namespace IncursionBot.Discord.Gateway;

/// <summary>Gateway opcodes (Topics / Opcodes and Status Codes).</summary>
internal static class GatewayOp
{
    public const int Dispatch = 0;
    public const int Heartbeat = 1;
    public const int Identify = 2;
    public const int Resume = 6;
    public const int Reconnect = 7;
    public const int InvalidSession = 9;
    public const int Hello = 10;
    public const int HeartbeatAck = 11;
}

/// <summary>One received payload <c>{op, d, s, t}</c>; <see cref="Data"/> is cloned so it outlives the frame buffer.</summary>
internal sealed record GatewayFrame(int Op, JsonElement Data, long? Sequence, string? EventName)
{
    public static GatewayFrame? Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("op", out var op) || !op.TryGetInt32(out var code))
            {
                return null;
            }

            var data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
            long? sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : null;
            var name = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            return new GatewayFrame(code, data, sequence, name);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The payloads the bot sends. IDENTIFY asks for the GUILDS intent only: INTERACTION_CREATE needs no intent.</summary>
internal static class GatewayMessages
{
    public const int GuildsIntent = 1 << 0;

    public static byte[] Heartbeat(long? sequence) => Write(GatewayOp.Heartbeat, w =>
    {
        if (sequence is { } s)
        {
            w.WriteNumberValue(s);
        }
        else
        {
            w.WriteNullValue();
        }
    });

    public static byte[] Identify(Secret token) => Write(GatewayOp.Identify, w =>
    {
        w.WriteStartObject();
        w.WriteString("token", token.Reveal());
        w.WriteNumber("intents", GuildsIntent);
        w.WriteStartObject("properties");
        w.WriteString("os", "linux");
        w.WriteString("browser", "IncursionBot");
        w.WriteString("device", "IncursionBot");
        w.WriteEndObject();
        w.WriteEndObject();
    });

    public static byte[] Resume(Secret token, string sessionId, long? sequence) => Write(GatewayOp.Resume, w =>
    {
        w.WriteStartObject();
        w.WriteString("token", token.Reveal());
        w.WriteString("session_id", sessionId);
        if (sequence is { } s)
        {
            w.WriteNumber("seq", s);
        }
        else
        {
            w.WriteNull("seq");
        }

        w.WriteEndObject();
    });

    private static byte[] Write(int op, Action<Utf8JsonWriter> data)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", op);
            writer.WritePropertyName("d");
            data(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}

/// <summary>Close codes after which reconnecting cannot help (4004 authentication, 4010–4014 shard, version, intents).</summary>
internal static class GatewayCloseCodes
{
    public const int AuthenticationFailed = 4004;
    public const int InvalidSequence = 4007;
    public const int SessionTimedOut = 4009;

    /// <summary>Sent by the bot to drop a zombie or obey RECONNECT while keeping the session resumable (not 1000/1001).</summary>
    public const int Reconnecting = 4000;

    public static string? FatalReason(int code) => code switch
    {
        AuthenticationFailed => "authentication failed (4004): fix Discord:BotToken",
        4010 => "invalid shard (4010)",
        4011 => "sharding required (4011): the bot is in too many guilds for one connection",
        4012 => "invalid API version (4012)",
        4013 => "invalid intents (4013)",
        4014 => "disallowed intents (4014): enable them in the Developer Portal or request fewer",
        _ => null,
    };

    /// <summary>Codes after which the session cannot be resumed and a new IDENTIFY is needed.</summary>
    public static bool NeedsNewSession(int code) => code is InvalidSequence or SessionTimedOut;
}

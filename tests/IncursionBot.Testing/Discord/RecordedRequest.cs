namespace IncursionBot.Testing.Discord;

/// <summary>One request the fake Discord received, with the answer it gave.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Route,
    string Body,
    string? Authorization,
    string? UserAgent,
    string? ContentType,
    DateTimeOffset At,
    int Status);

/// <summary>An answer scripted by a test for the next request to a channel (or another key), instead of the normal one.</summary>
public sealed record ScriptedReply(int Status, string Body, double? RetryAfterSeconds = null, bool Global = false);

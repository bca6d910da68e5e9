namespace IncursionBot.Discord.Gateway;

/// <summary>What to do after a connection ended.</summary>
internal enum GatewayNext
{
    /// <summary>Reconnect to <c>resume_gateway_url</c> and RESUME the session.</summary>
    Resume,

    /// <summary>Start a new session with IDENTIFY.</summary>
    Identify,

    /// <summary>Discord closed with a code that reconnecting cannot fix (4004, 4010–4014).</summary>
    Stop,
}

/// <summary>How a connection ended; <see cref="Established"/> when it got READY or RESUMED (resets the backoff).</summary>
internal sealed record GatewayExit(GatewayNext Next, string Detail, bool Established);

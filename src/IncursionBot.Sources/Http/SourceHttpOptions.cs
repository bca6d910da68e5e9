using System.Reflection;

namespace IncursionBot.Sources.Http;

/// <summary>Limits and identity for every HTTP request a source makes; bound from the <c>SourceHttp</c> section.</summary>
public sealed record SourceHttpOptions
{
    public const string SectionName = "SourceHttp";

    public const string ProjectUrl = "https://github.com/incursionbot/incursionbot";

    /// <summary>The whole request, headers and body, must finish within this.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Bodies larger than this (after decompression) are refused.</summary>
    public long MaxResponseBytes { get; init; } = 5 * 1024 * 1024;

    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>
    /// Minimum spacing of GDELT requests across all GDELT sources. GDELT documents one request per 5 s per IP,
    /// but several public clients report 429s at exactly 5 s, hence the default of 6 s.
    /// </summary>
    public TimeSpan GdeltMinimumInterval { get; init; } = TimeSpan.FromSeconds(6);

    /// <summary>The documented GDELT limit; the interval may not be configured below it.</summary>
    public static TimeSpan GdeltDocumentedInterval { get; } = TimeSpan.FromSeconds(5);

    public static string DefaultUserAgent { get; } = $"IncursionBot/{Version()} (+{ProjectUrl})";

    private static string Version()
    {
        var assembly = typeof(SourceHttpOptions).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        // Drop the "+commit" build metadata: the product token should stay short and stable.
        return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString(3) ?? "0.0.0";
    }
}

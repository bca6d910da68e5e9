using IncursionBot.Core.Ports;

namespace IncursionBot.Sources.Http;

/// <summary>Configuration checks shared by the HTTP source factories.</summary>
internal static class SourceUrls
{
    /// <summary>The source's absolute http(s) <c>Url</c>; a missing or bad one is a configuration error.</summary>
    public static Uri Require(SourceDefinition definition)
    {
        if (Uri.TryCreate(definition.Url?.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            return url;
        }

        throw new ArgumentException(
            $"Source '{definition.Name}' (Type '{definition.Type}') needs Url set to an absolute http or https URL; it is '{definition.Url}'.",
            nameof(definition));
    }
}

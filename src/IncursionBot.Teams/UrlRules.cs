using System.Net;

namespace IncursionBot.Teams;

/// <summary>Which URLs the adapter talks to: https everywhere, plain http only on the loopback interface (tests, local fakes).</summary>
internal static class UrlRules
{
    public static bool TryParseEndpoint(string? text, out Uri uri)
    {
        if (Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var parsed) && IsSecureOrLoopback(parsed))
        {
            uri = parsed;
            return true;
        }

        uri = null!;
        return false;
    }

    public static bool IsSecureOrLoopback(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri));

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}

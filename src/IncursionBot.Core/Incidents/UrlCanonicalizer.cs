namespace IncursionBot.Core.Incidents;

/// <summary>
/// Reduces a report URL to the form two outlets' copies of one link share: lower-case scheme and host, no
/// <c>www.</c>, no fragment, no default port, no trailing slash, and no tracking parameters.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly string[] TrackingPrefixes = ["utm_", "mc_", "pk_", "itm_", "at_"];

    private static readonly HashSet<string> TrackingNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ref", "ref_src", "ref_url", "cmpid", "cmp",
        "ocid", "smid", "sr_share", "taid", "ito", "guccounter", "_ga", "mkt_tok",
    };

    public static string Canonicalize(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return url.Trim();
        }

        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : string.Empty;
        var query = string.Join('&', uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p.Split('=')[0]))
            .Order(StringComparer.Ordinal));
        var port = uri.IsDefaultPort ? string.Empty : ":" + uri.Port;
        // Scheme is folded to https so the http and https copies of one article are one report.
        return $"https://{host}{port}{path}{(query.Length > 0 ? "?" + query : string.Empty)}";
    }

    private static bool IsTracking(string name) =>
        TrackingNames.Contains(name) || TrackingPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}

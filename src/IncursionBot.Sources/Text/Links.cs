namespace IncursionBot.Sources.Text;

/// <summary>Resolving feed links and naming their hosts.</summary>
internal static class Links
{
    /// <summary>The absolute http(s) form of <paramref name="link"/> against <paramref name="baseUri"/>, or null.</summary>
    public static Uri? Resolve(Uri? baseUri, string? link)
    {
        var trimmed = link?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && !IsFileLike(absolute, trimmed))
        {
            return IsWeb(absolute) ? absolute : null;
        }

        return baseUri is not null && Uri.TryCreate(baseUri, trimmed, out var resolved) && IsWeb(resolved) ? resolved : null;
    }

    /// <summary>The host without <c>www.</c>, for naming an outlet.</summary>
    public static string? Host(Uri? uri) =>
        uri is null ? null : uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;

    private static bool IsWeb(Uri uri) => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;

    // On Linux "/news/1" parses as an absolute file: URI; a leading slash is a relative link in a feed.
    private static bool IsFileLike(Uri uri, string text) => uri.IsFile && !text.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
}

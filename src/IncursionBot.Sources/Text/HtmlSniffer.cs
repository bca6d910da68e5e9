namespace IncursionBot.Sources.Text;

/// <summary>Spots an HTML page where a feed was expected (hub pages, error pages, consent walls).</summary>
internal static class HtmlSniffer
{
    public static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<head", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<body", StringComparison.OrdinalIgnoreCase);
    }
}

using System.Text;

namespace IncursionBot.Sources.Text;

/// <summary>Encodings by name, with the legacy code pages (windows-1252, ISO-8859-2, …) that feeds still declare.</summary>
internal static class TextEncodings
{
    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding called <paramref name="name"/>, UTF-8 when missing or unknown.</summary>
    public static Encoding Named(string? name)
    {
        var trimmed = name?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(trimmed))
        {
            return Encoding.UTF8;
        }

        // As in browsers (WHATWG Encoding): text labelled Latin-1 or ASCII is nearly always windows-1252,
        // which adds curly quotes, dashes and the euro sign in the 0x80-0x9F range.
        if (trimmed is "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii")
        {
            trimmed = "windows-1252";
        }

        try
        {
            return Encoding.GetEncoding(trimmed);
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }
}

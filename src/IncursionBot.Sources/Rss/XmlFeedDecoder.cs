using System.Text;
using System.Text.RegularExpressions;
using IncursionBot.Sources.Text;

namespace IncursionBot.Sources.Rss;

/// <summary>
/// Decodes a feed's bytes to text. The byte-order mark wins, then the XML declaration, then the HTTP charset,
/// then UTF-8: feeds declare their encoding in the document far more reliably than their servers do.
/// </summary>
internal static partial class XmlFeedDecoder
{
    public static string Decode(byte[] body, string? httpCharSet)
    {
        var bom = BomEncoding(body, out var bomLength);
        if (bom is not null)
        {
            return bom.GetString(body, bomLength, body.Length - bomLength);
        }

        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 512));
        var declared = Declaration().Match(head);
        var name = declared.Success ? declared.Groups["name"].Value : httpCharSet;
        // A declaration readable as ASCII cannot be in UTF-16/32, whatever it claims; such feeds are UTF-8.
        if (name is not null && (name.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase) || name.StartsWith("utf-32", StringComparison.OrdinalIgnoreCase)))
        {
            name = null;
        }

        return TextEncodings.Named(name).GetString(body);
    }

    private static Encoding? BomEncoding(byte[] body, out int length)
    {
        (Encoding? encoding, length) = body switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding;
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*?encoding\s*=\s*[""'](?<name>[A-Za-z0-9._:\-]+)[""']")]
    private static partial Regex Declaration();
}

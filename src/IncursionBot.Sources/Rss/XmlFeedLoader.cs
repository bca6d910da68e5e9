using System.Xml;
using System.Xml.Linq;

namespace IncursionBot.Sources.Rss;

/// <summary>Loads feed XML strictly first, then once more after <see cref="XmlRepair"/>; never touches the network.</summary>
internal static class XmlFeedLoader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // DTDs are skipped, never fetched: an RSS 0.91 DOCTYPE must not trigger a download or entity expansion.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The document, or the parser's complaint about the original text (with its line and position).</summary>
    public static XDocument? TryLoad(string text, out string? error)
    {
        // A feed that starts with whitespace before its XML declaration is ill-formed but otherwise fine.
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        try
        {
            error = null;
            return Load(trimmed);
        }
        catch (XmlException first)
        {
            try
            {
                error = null;
                return Load(XmlRepair.Repair(trimmed));
            }
            catch (XmlException)
            {
                error = first.Message;
                return null;
            }
        }
    }

    private static XDocument Load(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        return XDocument.Load(reader, LoadOptions.None);
    }
}

using System.Text;
using IncursionBot.Core.Incidents;
using IncursionBot.Sources.Text;

namespace IncursionBot.Sources.Inbox;

/// <summary>Items from one inbox file, or why the file cannot be read.</summary>
internal sealed record InboxFileResult(IReadOnlyList<SourceItem> Items, string? Error)
{
    public static InboxFileResult Fail(string error) => new([], error);
}

/// <summary>
/// Reads an inbox file. <c>.txt</c>/<c>.md</c>: first non-empty line is the title, the rest the text.
/// <c>.json</c>: see <see cref="InboxJsonReader"/>. Ids are the file name plus a hash of the content, so a
/// rewritten file is a new item and a re-read one is not.
/// </summary>
internal static class InboxFileReader
{
    /// <summary>The same ceiling as an HTTP body: a larger file is not a report but a mistake.</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static InboxFileResult Read(string sourceName, string fileName, byte[] content, DateTimeOffset modifiedAt)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return InboxFileResult.Fail("the file is not valid UTF-8 text");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return InboxFileResult.Fail("the file is empty");
        }

        var id = $"{fileName}:{ItemIds.Hash(content)}";
        return Path.GetExtension(fileName).Equals(".json", StringComparison.OrdinalIgnoreCase)
            ? InboxJsonReader.Read(sourceName, id, text, modifiedAt)
            : ReadText(sourceName, id, text, modifiedAt, markdown: Path.GetExtension(fileName).Equals(".md", StringComparison.OrdinalIgnoreCase));
    }

    private static InboxFileResult ReadText(string sourceName, string id, string text, DateTimeOffset modifiedAt, bool markdown)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var titleIndex = Array.FindIndex(lines, l => l.Trim().Length > 0);
        var title = lines[titleIndex].Trim();
        if (markdown)
        {
            title = title.TrimStart('#').Trim();
        }

        if (title.Length == 0)
        {
            return InboxFileResult.Fail("the first non-empty line (the title) has no text");
        }

        var body = Whitespace.Normalize(string.Join('\n', lines.Skip(titleIndex + 1)));
        return new InboxFileResult([new SourceItem(sourceName, id, null, Whitespace.OneLine(title), body, modifiedAt)], null);
    }
}

using System.Text;

namespace IncursionBot.Sources.Http;

/// <summary>Reads response bodies without ever holding more than a set number of bytes.</summary>
internal static class BodyReader
{
    private const int SnippetBytes = 1024;
    private const int SnippetChars = 200;

    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadLimitedAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The first non-empty line of an error body, shortened, for the failure message.</summary>
    public static async Task<string?> ReadSnippetAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[SnippetBytes];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
        }

        return FirstLine(Encoding.UTF8.GetString(buffer, 0, total));
    }

    public static string? FirstLine(string text)
    {
        var line = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        if (line is null)
        {
            return null;
        }

        line = new string(line.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return line.Length > SnippetChars ? line[..SnippetChars] + "…" : line;
    }
}

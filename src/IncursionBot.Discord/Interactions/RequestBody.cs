using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace IncursionBot.Discord.Interactions;

/// <summary>Reads a request body up to a size cap without trusting <c>Content-Length</c>.</summary>
internal static class RequestBody
{
    /// <summary>The body, or null when it is larger than <paramref name="max"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int max, CancellationToken cancellationToken)
    {
        if (request.ContentLength > max)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

/// <summary>JSON for error bodies.</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class ErrorJson : JsonSerializerContext;

using System.Net;
using System.Net.Http.Headers;
using System.Security.Authentication;
using IncursionBot.Core.Ports;
using Microsoft.Extensions.Options;

namespace IncursionBot.Sources.Http;

/// <summary>
/// The one HTTP GET every source uses: conditional headers from the cursor, a whole-request time-out, a body size
/// limit, and every expected failure turned into a <see cref="FetchResult.Failed"/>.
/// </summary>
internal sealed class SourceFetcher(IHttpClientFactory clients, IOptions<SourceHttpOptions> options, TimeProvider time)
{
    public const string ClientName = "IncursionBot.Sources";

    public async Task<FetchResult> FetchAsync(Uri url, string accept, SourceCursor cursor, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        using var timeout = new CancellationTokenSource(limits.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = BuildRequest(url, accept, cursor, limits);
            using var response = await clients.CreateClient(ClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            return await ReadAsync(response, url, cursor, limits, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new FetchResult.Failed($"timed out after {limits.Timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException ex)
        {
            return new FetchResult.Failed($"request failed: {Describe(ex)}", ex.StatusCode);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or AuthenticationException)
        {
            return new FetchResult.Failed($"reading the response failed: {Describe(ex)}");
        }
    }

    private static HttpRequestMessage BuildRequest(Uri url, string accept, SourceCursor cursor, SourceHttpOptions limits)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", limits.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        // Validators go back exactly as the server sent them (ETags keep their quotes and W/ prefix).
        if (!string.IsNullOrEmpty(cursor.ETag))
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", cursor.ETag);
        }

        if (!string.IsNullOrEmpty(cursor.LastModified))
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", cursor.LastModified);
        }

        return request;
    }

    private async Task<FetchResult> ReadAsync(
        HttpResponseMessage response, Uri url, SourceCursor cursor, SourceHttpOptions limits, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            var validators = Validators(response);
            return new FetchResult.NotModified(new SourceCursor(validators.ETag ?? cursor.ETag, validators.LastModified ?? cursor.LastModified));
        }

        if (!response.IsSuccessStatusCode)
        {
            var snippet = await BodyReader.ReadSnippetAsync(response.Content, cancellationToken);
            var status = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();
            return new FetchResult.Failed(snippet is null ? status : $"{status}: {snippet}", response.StatusCode, RetryAfter(response));
        }

        var tooLarge = new FetchResult.Failed($"response larger than {limits.MaxResponseBytes} bytes", response.StatusCode);
        if (response.Content.Headers.ContentLength > limits.MaxResponseBytes)
        {
            return tooLarge;
        }

        var body = await BodyReader.ReadLimitedAsync(response.Content, limits.MaxResponseBytes, cancellationToken);
        if (body is null)
        {
            return tooLarge;
        }

        var contentType = response.Content.Headers.ContentType;
        var document = new FetchedDocument(
            body, contentType?.MediaType?.ToLowerInvariant(), contentType?.CharSet?.Trim('"'), response.RequestMessage?.RequestUri ?? url);
        return new FetchResult.Document(document, Validators(response));
    }

    private static SourceCursor Validators(HttpResponseMessage response) =>
        new(Raw(response.Headers.NonValidated, "ETag"),
            Raw(response.Content.Headers.NonValidated, "Last-Modified") ?? Raw(response.Headers.NonValidated, "Last-Modified"));

    private static string? Raw(HttpHeadersNonValidated headers, string name) =>
        headers.TryGetValues(name, out var values) && values.Count > 0 ? values.ToString() : null;

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return wait is { } w ? (w < TimeSpan.Zero ? TimeSpan.Zero : w) : null;
    }

    private static string Describe(Exception ex)
    {
        var inner = ex.InnerException?.Message;
        return inner is null || ex.Message.Contains(inner, StringComparison.Ordinal) ? ex.Message : $"{ex.Message} ({inner})";
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace IncursionBot.EndToEnd.Tests.Reliability;

/// <summary>The fake's message routes: rate windows, injected faults, nonce handling, and the replies.</summary>
public sealed partial class FakeDiscordServer
{
    private async Task SendAsync(HttpContext http, string sender, string channelId, string? messageId, string body)
    {
        Interlocked.Increment(ref _sends);
        if (SendLatency > TimeSpan.Zero && await HangAsync(http, SendLatency))
        {
            return;
        }

        var slot = Windows.Take(messageId is null ? CreateBucket : EditBucket, channelId);
        if (!slot.Allowed)
        {
            await RateLimitedAsync(http, slot, slot.ResetAfter.TotalSeconds);
            return;
        }

        var stall = StallSender is { } stalled && stalled == sender;
        var fault = stall ? Fault.ReplyLost : Faults.Next();
        if (stall)
        {
            Interlocked.Increment(ref _stalled);
        }

        _faults.AddOrUpdate(fault, 1, (_, n) => n + 1);
        switch (fault)
        {
            case Fault.ServerError:
                RateWindows.WriteHeaders(http.Response, slot);
                await ReplyAsync(http, 500, """{"message":"500: Internal Server Error","code":0}""");
                return;
            case Fault.RateLimited:
                await RateLimitedAsync(http, slot, Faults.RetryAfterSeconds);
                return;
            case Fault.Hang:
                if (!await HangAsync(http, Faults.HangLimit))
                {
                    await ReplyAsync(http, 502, """{"message":"502: Bad Gateway","code":0}""");
                }

                return;
        }

        var (status, answer) = messageId is null ? Create(sender, channelId, body) : Edit(channelId, messageId, body);
        if (fault == Fault.ReplyLost && await HangAsync(http, Faults.HangLimit))
        {
            return;
        }

        RateWindows.WriteHeaders(http.Response, slot);
        await ReplyAsync(http, status, answer);
    }

    private (int Status, string Body) Create(string sender, string channelId, string body)
    {
        var json = JsonNode.Parse(body)!;
        var nonce = json["nonce"]?.ToString();
        if (nonce is { Length: > 25 })
        {
            Problems.Enqueue($"nonce '{nonce}' is longer than 25 characters");
            return (400, """{"message":"Invalid Form Body","code":50035}""");
        }

        if (nonce is null || json["enforce_nonce"]?.GetValue<bool>() != true)
        {
            Problems.Enqueue($"message to channel {channelId} sent without an enforced nonce");
        }

        var now = DateTimeOffset.UtcNow;
        _nonceSenders.GetOrAdd($"channel {channelId} nonce {nonce}", _ => new()).Enqueue((sender, now));
        lock (_gate)
        {
            if (nonce is not null && json["enforce_nonce"]?.GetValue<bool>() == true
                && _created.LastOrDefault(m => m.ChannelId == channelId && m.Nonce == nonce && now - m.CreatedAt < NonceWindow) is { } original)
            {
                _nonceRepeats++;
                return (200, MessageJson(original.Id, channelId, nonce));
            }

            var created = CreatedMessage.From(_created.Count + 1, NextId(), sender, channelId, json, now);
            _created.Add(created);
            return (200, MessageJson(created.Id, channelId, nonce));
        }
    }

    private (int Status, string Body) Edit(string channelId, string messageId, string body)
    {
        _ = JsonNode.Parse(body);
        lock (_gate)
        {
            if (!_created.Any(m => m.Id == messageId && m.ChannelId == channelId))
            {
                return (404, """{"message":"Unknown Message","code":10008}""");
            }

            _edits++;
            return (200, MessageJson(messageId, channelId, null));
        }
    }

    /// <summary>Waits until the client gives up (true) or <paramref name="limit"/> passes (false).</summary>
    private async Task<bool> HangAsync(HttpContext http, TimeSpan limit)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token);
        try
        {
            await Task.Delay(limit, linked.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    private static Task RateLimitedAsync(HttpContext http, RateWindows.Slot slot, double retryAfterSeconds)
    {
        var seconds = retryAfterSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        RateWindows.WriteHeaders(http.Response, slot, TimeSpan.FromSeconds(retryAfterSeconds));
        http.Response.Headers["Retry-After"] = Math.Ceiling(retryAfterSeconds).ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["X-RateLimit-Scope"] = "user";
        return ReplyAsync(http, 429, $$"""{"message":"You are being rate limited.","retry_after":{{seconds}},"global":false}""");
    }

    private static async Task ReplyAsync(HttpContext http, int status, string json)
    {
        if (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        try
        {
            await http.Response.WriteAsync(json, http.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client hung up; nothing to answer.
        }
    }
}

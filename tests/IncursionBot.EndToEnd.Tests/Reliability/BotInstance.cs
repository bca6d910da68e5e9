using System.Text.Json.Nodes;
using IncursionBot.Testing.Http;

namespace IncursionBot.EndToEnd.Tests.Reliability;

/// <summary>The outbox counts from <c>GET /healthz</c>.</summary>
public sealed record OutboxHealth(int Pending, int Delivered, int Failed);

/// <summary>One bot service process (<c>dotnet IncursionBot.dll --config FILE --urls …</c>) under a name for the failure messages.</summary>
public sealed class BotInstance : IAsyncDisposable
{
    private readonly HttpClient _http;
    private bool _released;

    private BotInstance(string name, BotProcess process, Uri address)
    {
        Name = name;
        Process = process;
        _http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
    }

    public string Name { get; }

    public BotProcess Process { get; }

    /// <summary>Killed or terminated by the test: its exit is expected.</summary>
    public bool Stopped { get; private set; }

    /// <summary>Exited although the test did not stop it.</summary>
    public bool Crashed => !Stopped && Process.HasExited;

    public OutboxHealth? LastHealth { get; private set; }

    /// <summary>Starts the service; <paramref name="tokenSuffix"/> makes its Discord token <c>TOKEN.suffix</c> so the fake knows the sender.</summary>
    public static BotInstance Start(string name, string workingDirectory, string config, string? tokenSuffix = null)
    {
        var port = FreePort.Next();
        var environment = new Dictionary<string, string>();
        if (tokenSuffix is not null)
        {
            environment["Discord__BotToken"] = $"{FakeDiscordServer.Token}.{tokenSuffix}";
        }

        var process = BotProcess.Start(workingDirectory, ["--config", config, "--urls", $"http://127.0.0.1:{port}"], environment);
        return new BotInstance(name, process, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>The outbox as the instance reports it, or null while it does not answer.</summary>
    public async Task<OutboxHealth?> HealthAsync()
    {
        try
        {
            using var response = await _http.GetAsync("healthz");
            var deliveries = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["deliveries"];
            if (deliveries is null)
            {
                return null;
            }

            LastHealth = new OutboxHealth(
                deliveries["pending"]!.GetValue<int>(), deliveries["delivered"]!.GetValue<int>(), deliveries["failed"]!.GetValue<int>());
            return LastHealth;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>SIGKILL: no shutdown, no cleanup, leases left behind.</summary>
    public async Task KillAsync()
    {
        Stopped = true;
        await ReleaseProcessAsync();
    }

    /// <summary>SIGTERM and wait for a clean exit.</summary>
    public async Task TerminateAsync(TimeSpan timeout)
    {
        Stopped = true;
        Process.Terminate();
        await Process.WaitForExitAsync(timeout);
    }

    /// <summary>The last <paramref name="lines"/> log lines, after the last few errors that came before them.</summary>
    public string StandardErrorTail(int lines)
    {
        var all = Process.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var earlierErrors = all.SkipLast(lines).Where(l => l.Contains(" ERR]", StringComparison.Ordinal) || l.Contains(" FTL]", StringComparison.Ordinal)).TakeLast(8);
        return string.Join('\n', earlierErrors.Concat(all.TakeLast(lines)));
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        Stopped = true;
        await ReleaseProcessAsync();
    }

    // BotProcess kills (SIGKILL) what still runs and disposes the Process, which must happen once.
    private async Task ReleaseProcessAsync()
    {
        if (!_released)
        {
            _released = true;
            await Process.DisposeAsync();
        }
    }
}

using System.Net;
using IncursionBot.Testing.Http;

namespace IncursionBot.EndToEnd.Tests.Adapters;

/// <summary>The composed bot service (<c>dotnet IncursionBot.dll --config FILE --urls …</c>), up once <c>/healthz</c> answers 200.</summary>
public sealed class ServiceUnderTest : IAsyncDisposable
{
    private ServiceUnderTest(BotProcess process, Uri address)
    {
        Process = process;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(20) };
    }

    public BotProcess Process { get; }

    /// <summary>A client for the bot's own endpoints (<c>/api/messages</c>, <c>/discord/interactions</c>, <c>/healthz</c>).</summary>
    public HttpClient Http { get; }

    public static async Task<ServiceUnderTest> StartAsync(string workingDirectory, string config)
    {
        var port = FreePort.Next();
        var process = BotProcess.Start(workingDirectory, ["--config", config, "--urls", $"http://127.0.0.1:{port}"]);
        var bot = new ServiceUnderTest(process, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await Eventually.TrueAsync(async () =>
            {
                Assert.False(process.HasExited, $"the bot exited during start:\n{process.StandardError}");
                try
                {
                    using var response = await bot.Http.GetAsync("healthz");
                    return response.StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            }, TimeSpan.FromSeconds(90), () => $"the bot never answered /healthz.\nstderr:\n{process.StandardError}");
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!Process.HasExited)
        {
            Process.Terminate();
            try
            {
                await Process.WaitForExitAsync(TimeSpan.FromSeconds(15));
            }
            catch (TimeoutException)
            {
                // WaitForExitAsync killed it; the test's own assertions already ran.
            }
        }

        await Process.DisposeAsync();
    }
}

using Microsoft.Extensions.Options;

namespace IncursionBot.Cli;

/// <summary>Turns what stops the bot from starting into one readable message instead of a stack trace.</summary>
public static class StartupFailures
{
    public const int ConfigurationError = 2;
    public const int RuntimeError = 1;

    public static async Task<int> GuardAsync(Func<Task<int>> run, TextWriter error)
    {
        try
        {
            return await run();
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync("IncursionBot cannot start: the configuration needs fixing:");
            foreach (var failure in ex.Failures)
            {
                await error.WriteLineAsync($"  - {failure}");
            }

            return ConfigurationError;
        }
        catch (Exception ex) when (ex is Hosting.ConfigurationFileException or InvalidDataException or FormatException)
        {
            await error.WriteLineAsync($"IncursionBot cannot start: {ex.Message}");
            return ConfigurationError;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await error.WriteLineAsync($"IncursionBot stopped: {ex.GetType().Name}: {ex.Message}");
            if (ex.InnerException is { } inner)
            {
                await error.WriteLineAsync($"  caused by {inner.GetType().Name}: {inner.Message}");
            }

            return RuntimeError;
        }
    }
}

namespace IncursionBot.EndToEnd.Tests.Adapters;

/// <summary>Bounded waits for what the bot does in the background: a condition polled until true, or a clear failure.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> failure)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(failure());
            }

            await Task.Delay(100);
        }
    }

    public static Task TrueAsync(Func<bool> condition, TimeSpan timeout, Func<string> failure) =>
        TrueAsync(() => Task.FromResult(condition()), timeout, failure);
}

namespace IncursionBot.Core.Ports;

/// <summary>
/// A lock that at most one bot process holds at a time, for work that must not run twice across instances (the
/// Discord gateway connection). It is released when the handle is disposed or the holding process dies.
/// </summary>
public interface IInstanceLock
{
    /// <summary>The handle when this process now holds <paramref name="name"/>; null when another process does.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken);
}

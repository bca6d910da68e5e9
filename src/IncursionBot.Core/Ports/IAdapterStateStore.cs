namespace IncursionBot.Core.Ports;

/// <summary>
/// Small durable key-value state that adapters own and Core never interprets (Teams conversation references,
/// a gateway session): stored in the bot's database so every instance sees it.
/// </summary>
public interface IAdapterStateStore
{
    Task<string?> GetAsync(string scope, string key, CancellationToken cancellationToken);

    Task SetAsync(string scope, string key, string value, DateTimeOffset now, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string scope, string key, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, string>> ListAsync(string scope, CancellationToken cancellationToken);
}

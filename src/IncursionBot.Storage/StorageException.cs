namespace IncursionBot.Storage;

/// <summary>
/// The database cannot be used: it cannot be created, opened or reached, it is locked, or it is gone. The message
/// names the provider and the file or server, and never contains a password or the connection string.
/// </summary>
public sealed class StorageException(string message, Exception? innerException = null) : Exception(message, innerException);

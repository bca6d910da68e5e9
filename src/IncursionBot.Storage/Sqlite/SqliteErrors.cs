using IncursionBot.Storage.Data;
using Microsoft.Data.Sqlite;

namespace IncursionBot.Storage.Sqlite;

/// <summary>Turns SQLite result codes into messages that say which file failed and what to check.</summary>
internal static class SqliteErrors
{
    // Primary result codes from https://www.sqlite.org/rescode.html
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    public static StorageException Describe(Exception exception, string path, TimeSpan lockTimeout, SecretRedactor redactor)
    {
        var detail = redactor.Redact(exception.Message);
        if (exception is not SqliteException sqlite)
        {
            return new StorageException($"The SQLite database '{path}' failed: {detail}", exception);
        }

        var message = (sqlite.SqliteErrorCode & 0xFF) switch
        {
            Busy or Locked => $"The SQLite database '{path}' is locked: another process or connection held its write lock "
                + $"for more than {lockTimeout.TotalSeconds:0.#} s. Only one service instance may use a SQLite file; "
                + "use Storage:Provider Postgres to run several.",
            CantOpen => $"Cannot open the SQLite database '{path}': check that its folder exists and is writable by this process.",
            ReadOnly => $"The SQLite database '{path}' is read-only: check the permissions of the file and its folder, and the volume.",
            Full => $"The disk holding the SQLite database '{path}' is full.",
            Corrupt or NotADatabase => $"'{path}' is not a usable SQLite database (corrupt, or another kind of file).",
            IoError => $"Reading or writing the SQLite database '{path}' failed with an I/O error; check the volume.",
            _ => $"The SQLite database '{path}' failed.",
        };
        return new StorageException($"{message} ({detail})", exception);
    }
}

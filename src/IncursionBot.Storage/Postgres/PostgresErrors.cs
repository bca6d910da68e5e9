using IncursionBot.Storage.Data;
using Npgsql;

namespace IncursionBot.Storage.Postgres;

/// <summary>Turns Npgsql errors into messages that name the server and database and say what to check.</summary>
internal sealed class PostgresErrors(string target, string host, int port, string database, string? user, SecretRedactor redactor)
{
    public StorageException Describe(Exception exception)
    {
        var detail = redactor.Redact(exception.Message);
        var message = exception switch
        {
            PostgresException { SqlState: "3D000" } =>
                $"The PostgreSQL database '{database}' does not exist on {host}:{port} (dropped, or Storage:ConnectionString names another).",
            PostgresException { SqlState: "28P01" or "28000" } =>
                $"PostgreSQL on {host}:{port} rejected the login of user '{user}': check the user name and password in Storage:ConnectionString.",
            PostgresException { SqlState: "57P01" or "57P02" or "57P03" } =>
                $"The PostgreSQL server {host}:{port} is shutting down or starting up; {target} is unavailable.",
            PostgresException { SqlState: "42P01" } =>
                $"{target} lacks a table this version needs; the schema migrations have not run against it.",
            PostgresException postgres => $"{target} failed ({postgres.SqlState}).",
            NpgsqlException => $"Cannot reach {target}: check that the server runs and accepts connections from this host.",
            _ => $"{target} failed.",
        };
        return new StorageException($"{message} ({detail})", exception);
    }
}

using System.Data.Common;

namespace IncursionBot.Storage.Data;

/// <summary>One open connection (and its transaction, if any) with the few command helpers the stores need.</summary>
internal sealed class DbSession(DbConnection connection, DbTransaction? transaction, SqlDialect dialect)
{
    public SqlDialect Dialect => dialect;

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params SqlArg[] args)
    {
        await using var command = Create(sql, args);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<T?> ScalarAsync<T>(string sql, CancellationToken cancellationToken, params SqlArg[] args)
    {
        await using var command = Create(sql, args);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<T>> QueryAsync<T>(string sql, Func<DbRow, T> map, CancellationToken cancellationToken, params SqlArg[] args)
    {
        await using var command = Create(sql, args);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        var row = new DbRow(reader, dialect);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(row));
        }

        return rows;
    }

    public async Task<T?> QuerySingleAsync<T>(string sql, Func<DbRow, T> map, CancellationToken cancellationToken, params SqlArg[] args)
        where T : class
    {
        var rows = await QueryAsync(sql, map, cancellationToken, args);
        return rows.Count > 0 ? rows[0] : null;
    }

    private DbCommand Create(string sql, SqlArg[] args)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var arg in args)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = arg.Name;
            parameter.Value = arg.Value switch
            {
                null => DBNull.Value,
                DateTimeOffset time => dialect.ToDb(time),
                var value => value,
            };
            command.Parameters.Add(parameter);
        }

        return command;
    }
}

/// <summary>A named parameter; <see cref="DateTimeOffset"/> values are converted by the dialect.</summary>
internal readonly record struct SqlArg(string Name, object? Value)
{
    public static implicit operator SqlArg((string Name, object? Value) pair) => new(pair.Name, pair.Value);

    /// <summary>Parameters <c>@prefix0</c>, <c>@prefix1</c>, ... and the <c>IN</c> list that names them.</summary>
    public static (string InList, SqlArg[] Args) List<T>(string prefix, IReadOnlyList<T> values)
    {
        var args = values.Select((v, i) => new SqlArg($"{prefix}{i}", v)).ToArray();
        return ("(" + string.Join(", ", args.Select(a => "@" + a.Name)) + ")", args);
    }
}

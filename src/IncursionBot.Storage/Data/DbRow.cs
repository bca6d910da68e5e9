using System.Data.Common;

namespace IncursionBot.Storage.Data;

/// <summary>Typed reads of the current row by column name, so the stores map rows to records in one place each.</summary>
internal readonly struct DbRow(DbDataReader reader, SqlDialect dialect)
{
    public long Long(string column) => reader.GetInt64(reader.GetOrdinal(column));

    public int Int(string column) => Convert.ToInt32(reader.GetValue(reader.GetOrdinal(column)), System.Globalization.CultureInfo.InvariantCulture);

    public bool Bool(string column) => reader.GetBoolean(reader.GetOrdinal(column));

    public string String(string column) => reader.GetString(reader.GetOrdinal(column));

    public string? StringOrNull(string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    public long? LongOrNull(string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
    }

    public DateTimeOffset Time(string column) => dialect.ReadTime(reader, reader.GetOrdinal(column));

    public DateTimeOffset? TimeOrNull(string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : dialect.ReadTime(reader, ordinal);
    }
}

using System.Globalization;
using System.Text.Json;

namespace IncursionBot.Testing.Schema;

/// <summary>JSON value helpers: equality by value (1 == 1.0, objects unordered), number comparison, display text.</summary>
internal static class JsonValues
{
    private const int DisplayLimit = 60;

    public static bool DeepEquals(JsonElement a, JsonElement b)
    {
        if (a.ValueKind == JsonValueKind.Number && b.ValueKind == JsonValueKind.Number)
        {
            return Compare(a, b) == 0;
        }

        if (Kind(a) != Kind(b))
        {
            return false;
        }

        switch (a.ValueKind)
        {
            case JsonValueKind.String:
                return string.Equals(a.GetString(), b.GetString(), StringComparison.Ordinal);
            case JsonValueKind.Array:
                return a.GetArrayLength() == b.GetArrayLength()
                    && a.EnumerateArray().Zip(b.EnumerateArray()).All(pair => DeepEquals(pair.First, pair.Second));
            case JsonValueKind.Object:
                var left = Properties(a);
                var right = Properties(b);
                return left.Count == right.Count
                    && left.All(p => right.TryGetValue(p.Key, out var other) && DeepEquals(p.Value, other));
            default:
                return true;
        }
    }

    /// <summary>Compares two JSON numbers exactly where decimal allows, else as doubles.</summary>
    public static int Compare(JsonElement a, JsonElement b)
    {
        if (a.TryGetDecimal(out var x) && b.TryGetDecimal(out var y))
        {
            return x.CompareTo(y);
        }

        return a.GetDouble().CompareTo(b.GetDouble());
    }

    /// <summary>True when the number has no fractional part (so 1.0 is an integer, as in draft-06 and later).</summary>
    public static bool IsInteger(JsonElement number)
    {
        if (number.TryGetDecimal(out var value))
        {
            return value == decimal.Truncate(value);
        }

        var d = number.GetDouble();
        return double.IsFinite(d) && Math.Floor(d) == d;
    }

    public static bool IsMultipleOf(JsonElement number, JsonElement divisor)
    {
        if (number.TryGetDecimal(out var x) && divisor.TryGetDecimal(out var y) && y != 0)
        {
            try
            {
                return x % y == 0;
            }
            catch (OverflowException)
            {
                // fall back to doubles below
            }
        }

        var quotient = number.GetDouble() / divisor.GetDouble();
        return double.IsFinite(quotient) && Math.Abs(quotient - Math.Round(quotient)) < 1e-9;
    }

    /// <summary>The JSON Schema type name of a value ("integer" only when <paramref name="integerAware"/>).</summary>
    public static string TypeName(JsonElement value, bool integerAware = false) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => integerAware && IsInteger(value) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    /// <summary>Compact JSON text for messages, shortened when long.</summary>
    public static string Display(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.Object => "{…}",
            JsonValueKind.Array => $"[{value.GetArrayLength()} items]",
            _ => value.GetRawText(),
        };
        return text.Length <= DisplayLimit ? text : text[..(DisplayLimit - 1)] + "…\"";
    }

    public static string DisplayList(IEnumerable<JsonElement> values, int limit = 12)
    {
        var all = values.ToList();
        var shown = string.Join(", ", all.Take(limit).Select(Display));
        return all.Count > limit ? $"[{shown}, … {all.Count - limit} more]" : $"[{shown}]";
    }

    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Kind(JsonElement e) => e.ValueKind is JsonValueKind.True or JsonValueKind.False ? e.ValueKind.ToString() : TypeName(e);

    private static Dictionary<string, JsonElement> Properties(JsonElement obj)
    {
        var map = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            map[property.Name] = property.Value;
        }

        return map;
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IncursionBot.Testing.Schema;

/// <summary>
/// <c>minLength</c>/<c>maxLength</c> (counted in Unicode code points, as JSON Schema requires), <c>pattern</c>, and a lenient
/// <c>format</c> check for date-time, date, time, uri, uri-reference, email and uuid (other formats are annotations). Non-strings pass.
/// </summary>
internal sealed partial class StringKeywords(long? minLength, long? maxLength, string? pattern, string? format) : IKeyword
{
    public static void AddTo(CompileContext c)
    {
        long? Length(string name) => c.TryGet(name, JsonValueKind.Number, out var v) ? (long)v.GetDouble() : null;
        string? Text(string name) => c.TryGet(name, JsonValueKind.String, out var v) ? v.GetString() : null;

        var pattern = Text("pattern");
        if (pattern is not null)
        {
            EcmaRegex.Get(pattern); // fail fast on an invalid pattern
        }

        var format = Text("format");
        format = format is not null && Formats.ContainsKey(format) ? format : null;
        var (min, max) = (Length("minLength"), Length("maxLength"));
        if (min is not null || max is not null || pattern is not null || format is not null)
        {
            c.Add(new StringKeywords(min, max, pattern, format));
        }
    }

    public void Evaluate(JsonElement instance, InstanceScope scope, List<SchemaError> errors)
    {
        if (instance.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var text = instance.GetString()!;
        if (minLength is not null || maxLength is not null)
        {
            var length = CodePoints(text);
            if (length < minLength)
            {
                errors.Add(scope.Error($"string shorter than minLength {minLength}"));
            }

            if (length > maxLength)
            {
                errors.Add(scope.Error($"string longer than maxLength {maxLength}"));
            }
        }

        if (pattern is not null && !EcmaRegex.IsMatch(pattern, text))
        {
            errors.Add(scope.Error($"string {JsonValues.Display(instance)} does not match pattern {pattern}"));
        }

        if (format is not null && !Formats[format](text))
        {
            errors.Add(scope.Error($"string {JsonValues.Display(instance)} is not a valid {format}"));
        }
    }

    /// <summary>Number of Unicode code points; a surrogate pair counts once.</summary>
    internal static int CodePoints(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    private static readonly Dictionary<string, Func<string, bool>> Formats = new(StringComparer.Ordinal)
    {
        ["date-time"] = s => DateTimeRegex().IsMatch(s) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        ["date"] = s => DateTime.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        ["time"] = s => TimeRegex().IsMatch(s),
        ["uri"] = s => SchemeRegex().IsMatch(s) && Uri.TryCreate(s, UriKind.Absolute, out _),
        ["uri-reference"] = s => Uri.TryCreate(s, UriKind.RelativeOrAbsolute, out _),
        ["email"] = s => EmailRegex().IsMatch(s),
        ["uuid"] = s => Guid.TryParseExact(s, "D", out _),
    };

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimeRegex();

    [GeneratedRegex(@"^[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex TimeRegex();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex SchemeRegex();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex EmailRegex();
}

using System.Globalization;
using System.Text.Json;

namespace IncursionBot.Testing.Schema;

/// <summary>
/// <c>anyOf</c> and <c>oneOf</c>. When no branch matches, the report is made readable: branches whose type cannot fit are set
/// aside; if every remaining branch rejects the same discriminator value (a <c>const</c>/<c>enum</c> on the value or on one of its
/// properties, e.g. <c>type</c>), one message lists the expected values; otherwise the closest branch's errors are reported.
/// </summary>
internal sealed class BranchKeyword(string keyword, SchemaNode[] branches) : IKeyword
{
    private const int DiscriminatorWeight = 1000;

    public static void AddTo(CompileContext c)
    {
        foreach (var keyword in new[] { "anyOf", "oneOf" })
        {
            if (c.TryGet(keyword, JsonValueKind.Array, out var array))
            {
                var branches = array.EnumerateArray().Select((s, i) => c.Sub(s, keyword, i.ToString(CultureInfo.InvariantCulture))).ToArray();
                c.Add(new BranchKeyword(keyword, branches));
            }
        }
    }

    public void Evaluate(JsonElement instance, InstanceScope scope, List<SchemaError> errors)
    {
        var results = new List<SchemaError>[branches.Length];
        var passed = new List<int>();
        for (var i = 0; i < branches.Length; i++)
        {
            results[i] = branches[i].Collect(instance, scope);
            if (results[i].Count == 0)
            {
                if (keyword == "anyOf")
                {
                    return;
                }

                passed.Add(i);
            }
        }

        if (passed.Count == 1)
        {
            return;
        }

        if (passed.Count > 1)
        {
            var which = string.Join(", ", passed.Select(i => $"#{i} {branches[i].Label}"));
            errors.Add(scope.Error($"value matches {passed.Count} oneOf branches ({which}) but must match exactly one", ErrorKind.Summary));
            return;
        }

        ReportNoMatch(instance, scope, results, errors);
    }

    private void ReportNoMatch(JsonElement instance, InstanceScope scope, List<SchemaError>[] results, List<SchemaError> errors)
    {
        if (branches.Length == 0)
        {
            errors.Add(scope.Error($"{keyword} has no branches, so nothing matches"));
            return;
        }

        var candidates = Enumerable.Range(0, results.Length).Where(i => !HasRootTypeError(results[i], scope)).ToList();
        if (candidates.Count == 0)
        {
            var types = results.SelectMany(r => r).Where(e => e.Kind == ErrorKind.Type && e.Depth == scope.Depth)
                .SelectMany(e => (e.Expected ?? string.Empty).Split(", ", StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList();
            var got = JsonValues.TypeName(instance, integerAware: true);
            errors.Add(scope.Error($"expected {TypeKeyword.Describe(types)}, got {got}", ErrorKind.Type, string.Join(", ", types)));
            return;
        }

        if (candidates.Count == 1)
        {
            errors.AddRange(results[candidates[0]]);
            return;
        }

        if (CommonDiscriminator(candidates.Select(i => results[i]), scope) is { } discriminator)
        {
            errors.Add(discriminator);
            return;
        }

        var closest = candidates.MinBy(i => Score(results[i], scope));
        errors.Add(scope.Error(
            $"value matches no {keyword} branch (of {branches.Length}); closest is #{closest} {branches[closest].Label}, which reports:",
            ErrorKind.Summary));
        errors.AddRange(results[closest]);
    }

    private SchemaError? CommonDiscriminator(IEnumerable<List<SchemaError>> failures, InstanceScope scope)
    {
        string? path = null;
        string? actual = null;
        var depth = 0;
        var expected = new List<string>();
        foreach (var failure in failures)
        {
            var found = failure.FirstOrDefault(e => IsDiscriminator(e, scope));
            if (found.Path is null || (path is not null && found.Path != path))
            {
                return null;
            }

            (path, depth, actual) = (found.Path, found.Depth, found.Actual);
            expected.AddRange((found.Expected ?? string.Empty).Split(", ", StringSplitOptions.RemoveEmptyEntries));
        }

        var list = string.Join(", ", expected.Distinct());
        return new SchemaError(path!, depth, $"value {actual} matches no {keyword} branch; expected one of [{list}]", ErrorKind.EnumOrConst, list, actual);
    }

    private static bool HasRootTypeError(List<SchemaError> failure, InstanceScope scope) =>
        failure.Exists(e => e.Kind == ErrorKind.Type && e.Depth == scope.Depth && e.Path == scope.Path);

    private static bool IsDiscriminator(SchemaError e, InstanceScope scope) =>
        e.Kind == ErrorKind.EnumOrConst && (e.Depth == scope.Depth || e.Depth == scope.Depth + 1) && e.Path.StartsWith(scope.Path, StringComparison.Ordinal);

    private static int Score(List<SchemaError> failure, InstanceScope scope) =>
        failure.Sum(e => IsDiscriminator(e, scope) ? DiscriminatorWeight : 1);
}

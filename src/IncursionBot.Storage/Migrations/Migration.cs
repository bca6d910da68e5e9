using System.Reflection;
using System.Text.RegularExpressions;

namespace IncursionBot.Storage.Migrations;

/// <summary>One numbered schema step, from an embedded <c>Migrations/&lt;Provider&gt;/NNNN_name.sql</c> file.</summary>
internal sealed record Migration(int Version, string Name, string Sql);

/// <summary>The embedded migrations of one provider, in version order.</summary>
internal static partial class MigrationCatalog
{
    public static IReadOnlyList<Migration> For(string provider)
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var prefix = $"Migrations/{provider}/";
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Load(assembly, n, n[prefix.Length..^".sql".Length]))
            .OrderBy(m => m.Version)
            .ToArray();
        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? migrations
            : throw new InvalidOperationException($"Two {provider} migrations share version {duplicate.Key}.");
    }

    private static Migration Load(Assembly assembly, string resource, string fileName)
    {
        var match = FileNamePattern().Match(fileName);
        if (!match.Success)
        {
            throw new InvalidOperationException($"Migration resource '{resource}' is not named NNNN_name.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[2].Value, reader.ReadToEnd());
    }

    [GeneratedRegex(@"^(\d{4})_([a-z0-9_]+)$")]
    private static partial Regex FileNamePattern();
}

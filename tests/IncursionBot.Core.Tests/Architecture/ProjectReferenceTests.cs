using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace IncursionBot.Core.Tests.Architecture;

/// <summary>Dependency arrows point inward only: Core knows no platform, adapters know Core and nothing else.</summary>
public sealed class ProjectReferenceTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string, string[]> AllowedProjectReferences => new()
    {
        { "IncursionBot.Core", [] },
        { "IncursionBot.Sources", ["IncursionBot.Core"] },
        { "IncursionBot.Storage", ["IncursionBot.Core"] },
        { "IncursionBot.Discord", ["IncursionBot.Core"] },
        { "IncursionBot.Teams", ["IncursionBot.Core"] },
    };

    [Theory]
    [MemberData(nameof(AllowedProjectReferences))]
    public void Projects_reference_only_what_the_architecture_allows(string project, string[] allowed)
    {
        var references = Csproj(project).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToArray();

        Assert.All(references, r => Assert.Contains(r, allowed));
    }

    [Fact]
    public void Core_has_no_io_framework_or_platform_packages()
    {
        var core = Csproj("IncursionBot.Core");
        var packages = core.Descendants("PackageReference").Select(p => p.Attribute("Include")!.Value).ToArray();

        Assert.Empty(core.Descendants("FrameworkReference"));
        Assert.All(packages, p => Assert.Equal("Microsoft.Extensions.Logging.Abstractions", p));
    }

    [Fact]
    public void Core_source_never_names_a_platform_library()
    {
        string[] forbidden = ["using Quartz", "using Serilog", "using Microsoft.AspNetCore", "using Npgsql", "using Microsoft.Data.Sqlite", "using IncursionBot.Discord", "using IncursionBot.Teams"];
        var offenders = Directory.EnumerateFiles(Path.Combine(Root, "src", "IncursionBot.Core"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => File.ReadLines(f).Where(l => forbidden.Any(l.TrimStart().StartsWith)).Select(l => $"{Path.GetFileName(f)}: {l.Trim()}"))
            .ToArray();

        Assert.Empty(offenders);
    }

    private static XDocument Csproj(string project) =>
        XDocument.Load(Path.Combine(Root, "src", project, $"{project}.csproj"));

    // The source file's own path finds the repository even when build output lives elsewhere (--artifacts-path).
    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile)! })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "IncursionBot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("IncursionBot.sln not found above the test's folder or its source");
    }
}

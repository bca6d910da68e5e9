using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace IncursionBot.Teams.Manifest;

/// <summary>
/// Writes the installable Teams app package for the <c>teams-manifest</c> verb: a zip with <c>manifest.json</c>,
/// <c>color.png</c> and <c>outline.png</c> at its root (msteams-docs apps-package.md). Throws
/// <see cref="InvalidOperationException"/> naming the setting to fix when the configuration cannot make a valid one.
/// </summary>
public static class TeamsManifestWriter
{
    public const string ManifestFile = "manifest.json";
    public const string ColorIcon = "color.png";
    public const string OutlineIcon = "outline.png";

    public static async Task WriteAsync(string zipPath, TeamsOptions options, CancellationToken cancellationToken)
    {
        var manifest = ManifestDocument.Build(options).ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        using var package = new MemoryStream();
        using (var zip = new ZipArchive(package, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, ManifestFile, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(manifest));
            Add(zip, ColorIcon, IconPainter.Color(options.Manifest.AccentColor));
            Add(zip, OutlineIcon, IconPainter.Outline());
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(zipPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        await File.WriteAllBytesAsync(zipPath, package.ToArray(), cancellationToken);
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(content);
    }
}

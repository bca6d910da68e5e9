namespace IncursionBot.Sources.Inbox;

/// <summary>The inbox directory layout: files to read at the top, <c>processed/</c> and <c>failed/</c> inside.</summary>
internal sealed class InboxFolder(string root)
{
    public const string ProcessedName = "processed";
    public const string FailedName = "failed";
    public const string ErrorSuffix = ".error.txt";

    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".json" };

    public string Root { get; } = Path.GetFullPath(root);

    public string Processed => Path.Combine(Root, ProcessedName);

    public string Failed => Path.Combine(Root, FailedName);

    public void EnsureCreated()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Processed);
        Directory.CreateDirectory(Failed);
    }

    /// <summary>The files to read, in name order. Hidden files are skipped: tools write them first, then rename.</summary>
    public IReadOnlyList<string> Candidates() => Directory.EnumerateFiles(Root)
        .Where(f => Extensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
        .Order(StringComparer.Ordinal)
        .ToArray();

    public string MoveToProcessed(string file) => MoveInto(Processed, file);

    /// <summary>Moves the file to <c>failed/</c> and writes the reason beside it as <c>&lt;file&gt;.error.txt</c>.</summary>
    public string MoveToFailed(string file, string reason)
    {
        var target = MoveInto(Failed, file);
        File.WriteAllText(target + ErrorSuffix, reason + Environment.NewLine);
        return target;
    }

    private static string MoveInto(string directory, string file)
    {
        var name = Path.GetFileName(file);
        var target = Path.Combine(directory, name);
        // A second file of the same name must not overwrite the first one's record.
        for (var n = 1; File.Exists(target); n++)
        {
            target = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(name)}.{n}{Path.GetExtension(name)}");
        }

        File.Move(file, target);
        return target;
    }
}

using System.Text;

namespace IncursionBot.Discord.Rendering;

/// <summary>Builds multi-line text from whole lines that fit a character budget, so a cut never breaks a markdown link.</summary>
internal sealed class BoundedText(int budget)
{
    private readonly StringBuilder _text = new();

    public int Remaining => budget - _text.Length;

    /// <summary>Appends the line (after a line break when not first) if it fits; false otherwise.</summary>
    public bool TryAdd(string line)
    {
        var separator = _text.Length == 0 ? 0 : 1;
        if (line.Length + separator > Remaining)
        {
            return false;
        }

        if (separator == 1)
        {
            _text.Append('\n');
        }

        _text.Append(line);
        return true;
    }

    /// <summary>Adds the lines in order while they fit, then a "… and N more" line for the rest when that fits.</summary>
    public void AddAll(IReadOnlyList<string> lines, string moreNoun)
    {
        // Keep room for the "more" line so the reader learns something was left out.
        var reserve = $"… and {lines.Count} more {moreNoun}".Length + 1;
        for (var i = 0; i < lines.Count; i++)
        {
            var isLast = i == lines.Count - 1;
            if (lines[i].Length + 1 > Remaining - (isLast ? 0 : reserve) || !TryAdd(lines[i]))
            {
                TryAdd($"… and {lines.Count - i} more {moreNoun}");
                return;
            }
        }
    }

    public override string ToString() => _text.ToString();
}

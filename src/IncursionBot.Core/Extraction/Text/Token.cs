namespace IncursionBot.Core.Extraction.Text;

/// <summary>A word or number in the folded text.</summary>
/// <param name="Start">Offset in the folded (and original) text.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Sentence">Index of the sentence the token belongs to.</param>
/// <param name="Capitalized">The original starts with an upper-case letter.</param>
/// <param name="AllCaps">The original is two or more upper-case letters (US, UK, NATO).</param>
/// <param name="ClauseBreak">A comma, colon, semicolon, bracket or dash stands between this token and the previous one.</param>
internal readonly record struct Token(int Start, int Length, int Sentence, bool Capitalized, bool AllCaps, bool ClauseBreak);

/// <summary>Where a sentence sits: title sentences weigh more than the lead, the lead more than the body.</summary>
internal enum Zone
{
    Title,
    Text,
}

/// <summary>A run of tokens ended by a full stop, a question or exclamation mark, or a line break.</summary>
/// <param name="Zone">Title or text.</param>
/// <param name="Ordinal">Position of the sentence within its zone (0 = first).</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="TokenCount">Number of tokens.</param>
internal readonly record struct Sentence(Zone Zone, int Ordinal, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}

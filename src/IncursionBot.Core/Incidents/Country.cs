namespace IncursionBot.Core.Incidents;

/// <summary>A state whose airspace the bot watches: a NATO or EU member, or Moldova.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code (the United Kingdom is <c>GB</c>).</param>
/// <param name="Name">English short name.</param>
public sealed record Country(string Code, string Name)
{
    /// <summary>The flag emoji, built from the code's regional indicator symbols.</summary>
    public string Flag => string.Concat(Code.Select(c => char.ConvertFromUtf32(0x1F1E6 + (char.ToUpperInvariant(c) - 'A'))));
}

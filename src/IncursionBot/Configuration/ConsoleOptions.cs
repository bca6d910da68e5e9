namespace IncursionBot.Configuration;

/// <summary>The <c>Console</c> section.</summary>
public sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    /// <summary>Unset: on exactly when neither Discord nor Teams is configured.</summary>
    public bool? Enabled { get; set; }
}

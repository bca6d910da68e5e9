namespace IncursionBot.Core.Incidents;

/// <summary>Attributed origins of an intruder: the codes the <c>extract</c> contract uses.</summary>
public static class Origins
{
    public const string Russia = "RU";
    public const string Belarus = "BY";
    public const string Unknown = "unknown";

    public static string ToLabel(string origin) => origin switch
    {
        Russia => "Russia",
        Belarus => "Belarus",
        _ => "Unknown",
    };
}

using IncursionBot.Core.Incidents;

namespace IncursionBot.Core.Extraction;

/// <summary>Reads one item the way an analyst would: is it a new incursion, where, by what, from where.</summary>
public interface IIncursionExtractor
{
    Incidents.Extraction Extract(string title, string text);
}

namespace IncursionBot.EndToEnd.Tests.Reliability;

/// <summary>
/// The reliability scenarios run one at a time: each runs up to three bot processes against timing-sensitive
/// leases and back-offs, and a 2-core machine running them side by side would measure the machine, not the bot.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReliabilityCollection
{
    public const string Name = "Reliability";
}

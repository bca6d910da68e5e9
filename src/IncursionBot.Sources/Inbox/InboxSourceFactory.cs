using IncursionBot.Core.Ports;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Sources.Inbox;

/// <summary>Creates <c>inbox</c> sources from a definition's <c>Path</c>.</summary>
internal sealed class InboxSourceFactory(TimeProvider time, ILogger<InboxSource> logger) : ISourceFactory
{
    public const string TypeName = "inbox";

    public string Type => TypeName;

    public IIncidentSource Create(SourceDefinition definition)
    {
        if (string.IsNullOrWhiteSpace(definition.Path))
        {
            throw new ArgumentException($"Source '{definition.Name}' (Type 'inbox') needs Path set to a folder.", nameof(definition));
        }

        return new InboxSource(definition, new InboxFolder(definition.Path), time, logger);
    }
}

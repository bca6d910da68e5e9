using IncursionBot.Configuration;
using IncursionBot.Core.Ports;
using Microsoft.Extensions.Options;

namespace IncursionBot.Polling;

/// <summary>The configured sources, built once by their type's factory.</summary>
public sealed class SourceRegistry
{
    private readonly Dictionary<string, IIncidentSource> _sources;

    public SourceRegistry(IOptions<SourcesOptions> options, IEnumerable<ISourceFactory> factories)
    {
        var byType = factories.ToDictionary(f => f.Type, StringComparer.OrdinalIgnoreCase);
        All = options.Value.Items
            .Select(o => new SourceDefinition(o.Name, o.Type.ToLowerInvariant(), o.Url, o.Path, o.PollInterval, o.MaxItemAge, o.Enabled))
            .ToArray();
        _sources = All.Where(d => d.Enabled).ToDictionary(d => d.Name, d => byType[d.Type].Create(d), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every configured source, enabled or not.</summary>
    public IReadOnlyList<SourceDefinition> All { get; }

    public IReadOnlyList<IIncidentSource> Enabled => _sources.Values.ToArray();

    public IIncidentSource? Find(string name) => _sources.GetValueOrDefault(name);
}

namespace IncursionBot.EndToEnd.Tests.Reliability;

/// <summary>
/// The fake Discord's created messages counted per (incident, channel) and checked against the news items that
/// should have become incidents and the channels subscribed to them. An incident is recognised by the link to its
/// first report; a grouped message counts for every incident it lists.
/// </summary>
public sealed class AlertLedger
{
    private readonly IReadOnlyList<CreatedMessage> _messages;
    private readonly IReadOnlyList<string> _expectedUrls;
    private readonly IReadOnlyList<string> _channels;
    private readonly Dictionary<(long Incident, string Channel), List<CreatedMessage>> _pairs = [];
    private readonly Dictionary<string, long> _incidentByUrl = new(StringComparer.Ordinal);

    public AlertLedger(IReadOnlyList<CreatedMessage> messages, IEnumerable<string> expectedUrls, IEnumerable<string> channels)
    {
        _messages = messages.OrderBy(m => m.Sequence).ToArray();
        _expectedUrls = expectedUrls.Select(NormalizeUrl).Distinct().ToArray();
        _channels = channels.ToArray();
        foreach (var message in _messages)
        {
            foreach (var alert in message.Alerts)
            {
                var key = (alert.IncidentId, message.ChannelId);
                if (!_pairs.TryGetValue(key, out var list))
                {
                    _pairs[key] = list = [];
                }

                list.Add(message);
                if (alert.Url is not null)
                {
                    _incidentByUrl.TryAdd(NormalizeUrl(alert.Url), alert.IncidentId);
                }
            }
        }
    }

    public int ExpectedPairs => _expectedUrls.Count * _channels.Count;

    /// <summary>Expected pairs with at least one message.</summary>
    public int DeliveredPairs => ExpectedIncidents.Sum(id => _channels.Count(c => _pairs.ContainsKey((id, c))));

    public IReadOnlyList<long> ExpectedIncidents =>
        _expectedUrls.Where(_incidentByUrl.ContainsKey).Select(u => _incidentByUrl[u]).Distinct().Order().ToArray();

    /// <summary>Each lost pair, and each expected item no channel ever heard of.</summary>
    public IReadOnlyList<string> Missing =>
        _expectedUrls.Where(u => !_incidentByUrl.ContainsKey(u)).Select(u => $"{u}: never alerted in any channel")
            .Concat(ExpectedIncidents.SelectMany(id => _channels.Where(c => !_pairs.ContainsKey((id, c))).Select(c => $"incident #{id} → channel {c}")))
            .ToArray();

    /// <summary>Each pair created more than once, with the messages' ids and nonces.</summary>
    public IReadOnlyList<string> Duplicates =>
        _pairs.Where(p => p.Value.Count > 1).OrderBy(p => p.Key.Incident).ThenBy(p => p.Key.Channel)
            .Select(p => $"incident #{p.Key.Incident} → channel {p.Key.Channel}: {p.Value.Count} messages " +
                         $"[{string.Join(", ", p.Value.Select(m => $"id {m.Id} nonce {m.Nonce} listing {m.Alerts.Count} sent by '{m.Sender}' at {m.CreatedAt:HH:mm:ss.fff}"))}]")
            .ToArray();

    /// <summary>Channels whose messages named incidents out of incident-id order.</summary>
    public IReadOnlyList<string> OutOfOrder =>
        _messages.GroupBy(m => m.ChannelId)
            .Select(g => (Channel: g.Key, Ids: g.SelectMany(m => m.Alerts.Select(a => a.IncidentId).Order()).ToArray()))
            .Where(c => c.Ids.Zip(c.Ids.Skip(1)).Any(p => p.Second < p.First))
            .Select(c => $"channel {c.Channel} got incidents in the order {string.Join(" ", c.Ids.Select(i => "#" + i))}")
            .ToArray();

    /// <summary>Incidents alerted that none of the expected items explains (a wrong expectation, or a split incident).</summary>
    public IReadOnlyList<long> Unexpected =>
        _pairs.Keys.Select(k => k.Incident).Distinct().Except(ExpectedIncidents).Order().ToArray();

    public bool IsComplete => Missing.Count == 0;

    public string Describe()
    {
        var missing = Missing;
        var duplicates = Duplicates;
        return $"{DeliveredPairs}/{ExpectedPairs} (incident, channel) pairs delivered in {_messages.Count} created messages; " +
               $"{missing.Count} missing, {duplicates.Count} duplicated, unexpected incidents [{string.Join(" ", Unexpected)}]" +
               Lines("missing", missing) + Lines("duplicated", duplicates) + Lines("out of order", OutOfOrder);
    }

    /// <summary>The form Discord shows a link in: absolute, with parentheses and spaces encoded.</summary>
    public static string NormalizeUrl(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            ? uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal)
            : url.Trim();

    private static string Lines(string title, IReadOnlyList<string> lines) =>
        lines.Count == 0 ? string.Empty : $"\n{title} ({lines.Count}):\n  " + string.Join("\n  ", lines.Take(40)) + (lines.Count > 40 ? "\n  …" : string.Empty);
}

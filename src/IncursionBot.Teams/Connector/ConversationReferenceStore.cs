using System.Text.Json;
using IncursionBot.Core.Ports;

namespace IncursionBot.Teams.Connector;

/// <summary>Conversation references in the bot's database (scope <c>teams.conversations</c>), so every instance can post.</summary>
internal sealed class ConversationReferenceStore(IAdapterStateStore store)
{
    public const string Scope = "teams.conversations";

    public async Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var json = await store.GetAsync(Scope, ConversationReference.BaseConversationId(conversationId), cancellationToken);
        return json is null ? null : Deserialize(json);
    }

    /// <summary>Saves the reference unless the stored one already points the same way; true when it wrote.</summary>
    public async Task<bool> SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var existing = await GetAsync(reference.ConversationId, cancellationToken);
        if (existing is not null && existing.SameTarget(reference))
        {
            return false;
        }

        var json = JsonSerializer.Serialize(reference, TeamsJsonContext.Default.ConversationReference);
        await store.SetAsync(Scope, reference.ConversationId, json, reference.UpdatedAt, cancellationToken);
        return true;
    }

    /// <summary>Drops the conversation's reference and, for a team, those of all its channels; returns the dropped ids.</summary>
    public async Task<IReadOnlyList<string>> DeleteAsync(string conversationId, string? teamId, CancellationToken cancellationToken)
    {
        var baseId = ConversationReference.BaseConversationId(conversationId);
        var doomed = new HashSet<string>(StringComparer.Ordinal) { baseId };
        if (teamId is not null)
        {
            foreach (var (key, json) in await store.ListAsync(Scope, cancellationToken))
            {
                if (Deserialize(json)?.TeamId == teamId)
                {
                    doomed.Add(key);
                }
            }
        }

        var dropped = new List<string>();
        foreach (var key in doomed)
        {
            if (await store.DeleteAsync(Scope, key, cancellationToken))
            {
                dropped.Add(key);
            }
        }

        return dropped;
    }

    private static ConversationReference? Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, TeamsJsonContext.Default.ConversationReference);
        }
        catch (JsonException)
        {
            // A row this version cannot read is treated as absent; the next activity from the conversation rewrites it.
            return null;
        }
    }
}

using System.Security.Cryptography;
using System.Text;

namespace IncursionBot.Sources.Text;

/// <summary>Stable ids for items whose source gives none.</summary>
internal static class ItemIds
{
    /// <summary>A short hex SHA-256 of the parts, so the same title and date give the same id on every poll.</summary>
    public static string Hash(params string?[] parts)
    {
        var joined = string.Join('\u001F', parts.Select(p => p ?? string.Empty));
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)))[..32];
    }

    public static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content))[..16];
}

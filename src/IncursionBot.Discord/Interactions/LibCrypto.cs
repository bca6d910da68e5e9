using System.Runtime.InteropServices;

namespace IncursionBot.Discord.Interactions;

/// <summary>
/// The few OpenSSL 3 EVP functions Ed25519 verification needs (doc/man3/EVP_PKEY_new.pod, EVP_DigestVerifyInit.pod).
/// .NET 10 has no Ed25519, and libcrypto.so.3 is present wherever .NET runs on Linux.
/// </summary>
internal static partial class LibCrypto
{
    /// <summary>EVP_PKEY_ED25519 = NID_ED25519 (openssl/obj_mac.h).</summary>
    public const int EvpPkeyEd25519 = 1087;

    private const string Library = "libcrypto.so.3";

    [LibraryImport(Library, EntryPoint = "EVP_PKEY_new_raw_public_key")]
    public static unsafe partial nint EvpPkeyNewRawPublicKey(int type, nint engine, byte* key, nuint keyLength);

    [LibraryImport(Library, EntryPoint = "EVP_PKEY_free")]
    public static partial void EvpPkeyFree(nint key);

    [LibraryImport(Library, EntryPoint = "EVP_MD_CTX_new")]
    public static partial nint EvpMdCtxNew();

    [LibraryImport(Library, EntryPoint = "EVP_MD_CTX_free")]
    public static partial void EvpMdCtxFree(nint context);

    [LibraryImport(Library, EntryPoint = "EVP_DigestVerifyInit")]
    public static partial int EvpDigestVerifyInit(nint context, nint keyContext, nint digest, nint engine, nint key);

    [LibraryImport(Library, EntryPoint = "EVP_DigestVerify")]
    public static unsafe partial int EvpDigestVerify(nint context, byte* signature, nuint signatureLength, byte* data, nuint dataLength);

    [LibraryImport(Library, EntryPoint = "ERR_clear_error")]
    public static partial void ErrClearError();
}

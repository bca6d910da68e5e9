namespace IncursionBot.Discord.Interactions;

/// <summary>
/// An Ed25519 public key loaded into OpenSSL once, verifying signatures with a fresh <c>EVP_MD_CTX</c> per call
/// (the key itself is safe to share between threads). Verification is one-shot, with a null digest, as Ed25519 requires.
/// </summary>
internal sealed class Ed25519PublicKey : IDisposable
{
    public const int KeyLength = 32;
    public const int SignatureLength = 64;

    private readonly nint _key;
    private int _disposed;

    private unsafe Ed25519PublicKey(ReadOnlySpan<byte> publicKey)
    {
        if (publicKey.Length != KeyLength)
        {
            throw new ArgumentException($"An Ed25519 public key has {KeyLength} bytes, not {publicKey.Length}.", nameof(publicKey));
        }

        fixed (byte* key = publicKey)
        {
            _key = LibCrypto.EvpPkeyNewRawPublicKey(LibCrypto.EvpPkeyEd25519, 0, key, KeyLength);
        }

        if (_key == 0)
        {
            LibCrypto.ErrClearError();
            throw new InvalidOperationException("OpenSSL refused the Ed25519 public key.");
        }
    }

    /// <summary>Loads a key given as 64 hex characters (Discord's "Public Key").</summary>
    public static Ed25519PublicKey FromHex(string hex) => new(Convert.FromHexString(hex.Trim()));

    public static Ed25519PublicKey FromBytes(ReadOnlySpan<byte> key) => new(key);

    /// <summary>True only when <paramref name="signature"/> is a valid signature of <paramref name="message"/>.</summary>
    public unsafe bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (signature.Length != SignatureLength)
        {
            return false;
        }

        // An empty span pins to a null pointer; OpenSSL wants a real (zero-length) buffer.
        byte empty = 0;
        var context = LibCrypto.EvpMdCtxNew();
        if (context == 0)
        {
            throw new InvalidOperationException("OpenSSL could not allocate a digest context.");
        }

        try
        {
            fixed (byte* signaturePointer = signature)
            fixed (byte* messagePointer = message)
            {
                var data = message.IsEmpty ? &empty : messagePointer;
                if (LibCrypto.EvpDigestVerifyInit(context, 0, 0, 0, _key) != 1)
                {
                    LibCrypto.ErrClearError();
                    return false;
                }

                var result = LibCrypto.EvpDigestVerify(context, signaturePointer, SignatureLength, data, (nuint)message.Length);
                if (result != 1)
                {
                    LibCrypto.ErrClearError();
                }

                return result == 1;
            }
        }
        finally
        {
            LibCrypto.EvpMdCtxFree(context);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            LibCrypto.EvpPkeyFree(_key);
        }
    }
}

using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace IncursionBot.Testing.Discord;

/// <summary>
/// Signs interactions the way Discord does (Ed25519 over timestamp + body), with the RFC 8032 §7.1 TEST 2 key pair,
/// through OpenSSL's EVP_DigestSign. Only tests sign; the bot only verifies.
/// </summary>
public static partial class TestSigner
{
    public const string PrivateKeyHex = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb";
    public const string PublicKeyHex = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";

    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static string Sign(string timestamp, string body) => Convert.ToHexStringLower(Sign(Encoding.UTF8.GetBytes(timestamp + body)));

    public static unsafe byte[] Sign(byte[] message)
    {
        var seed = Convert.FromHexString(PrivateKeyHex);
        var signature = new byte[64];
        nint key;
        fixed (byte* s = seed)
        {
            key = NewRawPrivateKey(1087, 0, s, 32);
        }

        var context = MdCtxNew();
        try
        {
            var length = (nuint)64;
            byte dummy = 0;
            fixed (byte* m = message)
            fixed (byte* sig = signature)
            {
                if (DigestSignInit(context, 0, 0, 0, key) != 1 || DigestSign(context, sig, &length, message.Length == 0 ? &dummy : m, (nuint)message.Length) != 1)
                {
                    throw new InvalidOperationException("OpenSSL could not sign");
                }
            }

            return signature;
        }
        finally
        {
            MdCtxFree(context);
            PkeyFree(key);
        }
    }

    [LibraryImport("libcrypto.so.3", EntryPoint = "EVP_PKEY_new_raw_private_key")]
    private static unsafe partial nint NewRawPrivateKey(int type, nint engine, byte* key, nuint length);

    [LibraryImport("libcrypto.so.3", EntryPoint = "EVP_PKEY_free")]
    private static partial void PkeyFree(nint key);

    [LibraryImport("libcrypto.so.3", EntryPoint = "EVP_MD_CTX_new")]
    private static partial nint MdCtxNew();

    [LibraryImport("libcrypto.so.3", EntryPoint = "EVP_MD_CTX_free")]
    private static partial void MdCtxFree(nint context);

    [LibraryImport("libcrypto.so.3", EntryPoint = "EVP_DigestSignInit")]
    private static partial int DigestSignInit(nint context, nint keyContext, nint digest, nint engine, nint key);

    [LibraryImport("libcrypto.so.3", EntryPoint = "EVP_DigestSign")]
    private static unsafe partial int DigestSign(nint context, byte* signature, nuint* signatureLength, byte* data, nuint dataLength);
}

using System.Collections.Concurrent;
using OtpNet;

namespace OpenNrm.Tests.Shared;

/// <summary>
/// What a person with an authenticator app does: type the code on screen, and if that code was already used,
/// the next one. The server accepts one step ahead; beyond that this waits for the clock, as a person would.
/// </summary>
public static class TotpCodes
{
    private static readonly ConcurrentDictionary<string, long> LastUsed = new();

    public static string NextUnused(string base32Key)
    {
        lock (LastUsed)
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
            var target = LastUsed.TryGetValue(base32Key, out var last) ? Math.Max(now, last + 1) : now;
            while (target > (DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30) + 1)
            {
                Thread.Sleep(500);
            }

            LastUsed[base32Key] = target;
            return new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(target * 30).UtcDateTime);
        }
    }
}

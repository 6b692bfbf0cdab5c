using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Security;

namespace OpenNrm.Microbench;

/// <summary>
/// What every audited request pays in process: the entry's MAC, written with the entry, and the chain link the sealer
/// adds later. The floor is HMAC-SHA256 of the same canonical bytes, prepared beforehand.
/// </summary>
[MemoryDiagnoser]
public class AuditMac
{
    private readonly AuditChain _chain = new(MasterKey.FromBase64(MasterKey.NewBase64()));
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private AuditEntry _entry = null!;
    private byte[] _canonical = [];
    private string _mac = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        // A caseworker opening a file: the most frequent entry of a trail.
        _entry = new AuditEntry(Guid.CreateVersion7(), DateTimeOffset.UtcNow, AuditEventType.CaseViewed, Guid.NewGuid(), Guid.NewGuid(),
            "Case", Guid.NewGuid().ToString(), "Casework", null, "192.0.2.10");
        _mac = _chain.Mac(_entry);
        _canonical = Encoding.UTF8.GetBytes(AuditChain.Canonical(_entry));
    }

    [Benchmark(Baseline = true, Description = "floor: HMAC-SHA256 of the canonical bytes")]
    public byte[] Floor() => HMACSHA256.HashData(_key, _canonical);

    [Benchmark(Description = "the entry's MAC (AuditChain.Mac)")]
    public string Mac() => _chain.Mac(_entry);

    [Benchmark(Description = "the chain link (AuditChain.Link)")]
    public string Link() => AuditChain.Link(_mac, 100_000_000, _mac);
}

using Microsoft.AspNetCore.DataProtection;

namespace OpenNrm.Web.Security;

/// <summary>
/// Encrypts sensitive columns (names, addresses, notes) at rest. One purpose string per deployment; key
/// rotation is Data Protection's, and old keys stay in the ring so old rows still decrypt.
/// </summary>
public sealed class FieldProtector
{
    private readonly IDataProtector? _protector;

    public FieldProtector(IDataProtectionProvider provider)
    {
        _protector = provider.CreateProtector("OpenNrm.Fields.v1");
    }

    /// <summary>For design-time model building only: the model shape does not depend on keys.</summary>
    private FieldProtector()
    {
    }

    public static FieldProtector DesignTime { get; } = new();

    public string Protect(string plaintext) => Required.Protect(plaintext);

    /// <summary>
    /// Makes Data Protection create or roll its key now, outside any transaction. The key ring lives in the same
    /// database: if the first encryption (or a rotation) happened inside a SaveChanges on SQLite, the key write
    /// would wait for the very lock its caller holds. Called at start-up and on every background pass.
    /// </summary>
    public void EnsureKeyRing() => Required.Protect("key ring check");

    public string Unprotect(string ciphertext) => Required.Unprotect(ciphertext);

    private IDataProtector Required =>
        _protector ?? throw new InvalidOperationException("Field encryption is not available at design time.");
}

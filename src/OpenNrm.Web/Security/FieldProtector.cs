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

    public string Unprotect(string ciphertext) => Required.Unprotect(ciphertext);

    private IDataProtector Required =>
        _protector ?? throw new InvalidOperationException("Field encryption is not available at design time.");
}

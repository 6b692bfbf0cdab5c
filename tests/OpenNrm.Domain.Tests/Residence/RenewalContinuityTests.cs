using NodaTime;
using OpenNrm.Domain.Residence;

namespace OpenNrm.Domain.Tests.Residence;

/// <summary>A renewal granted before expiry leaves no gap: the document stays valid until its new period begins.</summary>
public sealed class RenewalContinuityTests
{
    private static readonly List<ProcedureEvent> History =
    [
        new ProcedureOpened(new LocalDate(2021, 3, 1), IsThirdCountryNational: true, IsUnaccompaniedMinor: false),
        new SupportAccepted(new LocalDate(2021, 3, 1)),
        new ComplaintFiled(new LocalDate(2021, 3, 10)),
        new DocumentIssued(new LocalDate(2021, 3, 20), DocumentType.AttestationOfImmatriculation),
        new DocumentRenewed(new LocalDate(2021, 6, 1)),
    ];

    [Theory]
    [InlineData(2021, 6, 1)]
    [InlineData(2021, 6, 5)]
    [InlineData(2021, 6, 19)]
    [InlineData(2021, 6, 20)]
    [InlineData(2021, 9, 19)]
    public void The_renewed_document_is_valid_without_a_break(int y, int m, int d)
    {
        var state = ProcedureEvaluator.Evaluate(History, new LocalDate(y, m, d));
        Assert.Equal(DocumentStatus.Valid, state.Document!.Status);
        Assert.Equal(1, state.Document.RenewalsUsed);
        Assert.Equal(new LocalDate(2021, 9, 19), state.Document.ValidUntil);
    }

    [Fact]
    public void The_renewed_document_expires_after_its_new_period()
    {
        var state = ProcedureEvaluator.Evaluate(History, new LocalDate(2021, 9, 20));
        Assert.Equal(DocumentStatus.Expired, state.Document!.Status);
    }

    [Fact]
    public void A_late_renewal_covers_only_from_its_own_date()
    {
        List<ProcedureEvent> late = [.. History.Take(4), new DocumentRenewed(new LocalDate(2021, 7, 1))];
        Assert.Equal(DocumentStatus.Valid, ProcedureEvaluator.Evaluate(late, new LocalDate(2021, 7, 1)).Document!.Status);
        Assert.Equal(new LocalDate(2021, 9, 30), ProcedureEvaluator.Evaluate(late, new LocalDate(2021, 7, 1)).Document!.ValidUntil);
    }
}

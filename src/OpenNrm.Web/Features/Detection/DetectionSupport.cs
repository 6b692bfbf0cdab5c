using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Detection.Indicators;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Detection;

public sealed record DetectionRequest(string? ListId, List<string>? PresentIndicators, List<string>? Nationalities, bool? Minor, bool? Unaccompanied);

public sealed record DimensionView(IndicatorDimension Dimension, bool Positive, IReadOnlyList<string> CountedIndicators, IReadOnlyList<string> Present);

public sealed record DutyView(LegalDutyKind Kind, string Explanation, string Basis);

public sealed record DetectionResult(string ListId, string ListVersion, bool IndicationsPresent, IReadOnlyList<DimensionView> Dimensions,
    IReadOnlyList<string> ChecklistPresent, CitizenshipGroup Citizenship, IReadOnlyList<DutyView> Duties, string Disclaimer, string IdentificationBasis);

/// <summary>
/// Decision support for the officer on the spot: the indicator rule and the duties the law now gives them.
/// Nothing is stored; recording the signal itself is a separate step.
/// </summary>
public sealed class DetectionSupport(AppDbContext db, CurrentUser me, Indicators.IndicatorListCatalogue lists)
{
    /// <summary>A shipped list, or the version in force of an imported one.</summary>
    public Task<IndicatorList?> FindListAsync(string? id, CancellationToken ct) => lists.FindInForceAsync(id, ct);

    /// <summary>The lists in force among these ids, by id, looked up together.</summary>
    public Task<IReadOnlyDictionary<string, IndicatorList>> FindListsAsync(IEnumerable<string?> ids, CancellationToken ct) => lists.FindInForceAsync(ids, ct);

    public async Task<(DetectionResult? Result, string? Field, string? Error)> AssessAsync(DetectionRequest request, CancellationToken ct)
    {
        var list = await FindListAsync(request.ListId, ct);
        if (list is null)
        {
            return (null, "listId", "Choose one of the indicator lists.");
        }

        var nationalities = request.Nationalities ?? [];
        if (nationalities.Count > 5 || nationalities.Any(n => !Citizenship.IsIso2(n)))
        {
            return (null, "nationalities", "Give up to five nationalities as two-letter country codes (ISO 3166), for example NG or MA.");
        }

        var assessment = IndicatorAssessment.Evaluate(list, request.PresentIndicators ?? []);
        if (assessment is AssessmentRejected rejected)
        {
            return (null, "presentIndicators", rejected.Message);
        }

        var service = await DetectingServiceAsync(ct);
        var citizenship = Citizenship.Of(nationalities);
        var duties = LegalDuties.For(service, new DetectedPersonFacts(citizenship, request.Minor == true, request.Unaccompanied == true))
            .Select(d => new DutyView(d.Kind, d.Explanation, d.Basis.Citation)).ToList();
        var disclaimer = AssessmentDisclaimer.DecisionSupportOnly;
        return assessment switch
        {
            DelphiAssessment delphi => (new DetectionResult(list.Id, list.Version, delphi.IndicationsPresent,
                delphi.Dimensions.Select(d => new DimensionView(d.Dimension, d.IsPositive, d.CountedIndicators.Select(i => i.Code).ToList(), d.Present.Select(i => i.Code).ToList())).ToList(),
                [], citizenship, duties, disclaimer.Text, disclaimer.IdentificationBasis.Citation), null, null),
            ChecklistAssessment checklist => (new DetectionResult(list.Id, list.Version, checklist.Present.Count > 0, [],
                checklist.Present.Select(i => i.Code).ToList(), citizenship, duties, disclaimer.Text, disclaimer.IdentificationBasis.Citation), null, null),
            _ => (null, "presentIndicators", "This indicator list cannot be assessed."),
        };
    }

    /// <summary>The caller's service as the Circular sees it: police, inspection, or another frontline service.</summary>
    public async Task<DetectingService> DetectingServiceAsync(CancellationToken ct)
    {
        var kind = await db.Organisations.AsNoTracking().Where(o => o.Id == me.OrganisationId).Select(o => (OrganisationKind?)o.Kind).FirstOrDefaultAsync(ct);
        return kind switch
        {
            OrganisationKind.Police => DetectingService.Police,
            OrganisationKind.SocialInspection or OrganisationKind.LabourInspection => DetectingService.SocialOrLabourInspection,
            _ => DetectingService.OtherFrontlineService,
        };
    }
}

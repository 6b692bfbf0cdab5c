using OpenNrm.Domain.Referral;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Referrals;

namespace OpenNrm.Tests;

/// <summary>The centres and minors' structures behind their organisations' identifiers, both ways.</summary>
public sealed class CentreDirectoryTests
{
    [Theory]
    [InlineData(SpecialisedCentre.PagAsa, "CENTRE-PAGASA")]
    [InlineData(SpecialisedCentre.Payoke, "CENTRE-PAYOKE")]
    [InlineData(SpecialisedCentre.Surya, "CENTRE-SURYA")]
    public void A_centre_is_found_by_its_organisation_and_back(SpecialisedCentre centre, string code)
    {
        var id = BelgianReferenceData.IdFor(code);
        Assert.Equal(id, CentreDirectory.IdOf(centre));
        Assert.Equal(centre, CentreDirectory.CentreFor(id));
        Assert.Null(CentreDirectory.StructureFor(id));
        Assert.Contains(id, CentreDirectory.AllCentreIds);
    }

    [Theory]
    [InlineData(MinorsStructure.Esperanto, "MINORS-ESPERANTO")]
    [InlineData(MinorsStructure.MinorNdako, "MINORS-NDAKO")]
    public void A_minors_structure_is_found_by_its_organisation_and_back(MinorsStructure structure, string code)
    {
        var id = BelgianReferenceData.IdFor(code);
        Assert.Equal(id, CentreDirectory.IdOf(structure));
        Assert.Equal(structure, CentreDirectory.StructureFor(id));
        Assert.Null(CentreDirectory.CentreFor(id));
    }

    [Fact]
    public void Any_other_organisation_is_neither()
    {
        var police = BelgianReferenceData.IdFor("POL-ZP-BXL-IXL");
        Assert.Null(CentreDirectory.CentreFor(police));
        Assert.Null(CentreDirectory.StructureFor(police));
        Assert.Equal(3, CentreDirectory.AllCentreIds.Count());
    }
}

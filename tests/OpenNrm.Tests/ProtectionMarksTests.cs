using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Domain.Detection;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Detection;
using OpenNrm.Web.Features.Synthetic;

namespace OpenNrm.Tests;

/// <summary>
/// The protection check reads only the files marked as able to protect, so a file left unmarked would be answered
/// "no record". Bulk loading is the writer most likely to slip past: the generator's batches (SaveChanges on SQLite,
/// binary COPY on PostgreSQL) must leave every such file and every one of its keys marked, and no other.
/// </summary>
public abstract class ProtectionMarksTests(TestApp app)
{
    [Fact]
    public async Task A_bulk_load_leaves_every_file_that_may_protect_marked_with_all_its_keys_and_no_other()
    {
        var outcome = await app.WithScopeAsync(sp => sp.GetRequiredService<SyntheticDataGenerator>()
            .GenerateAsync(new GenerationRequest(300, 5, Copy: app.Provider == Provider.Postgres), null, CancellationToken.None));
        Assert.Null(outcome.Refusal);

        await app.WithDbAsync(async db =>
        {
            var mayProtect = db.Cases.Where(c => db.Set<SignalPerson>().Any(p => p.CaseId == c.Id && p.Citizenship == CitizenshipGroup.ThirdCountry)
                                                 || db.Procedures.Any(p => p.CaseId == c.Id));
            Assert.Equal(0, await mayProtect.CountAsync(c => !c.MayProtect));
            Assert.Equal(await mayProtect.CountAsync(), await db.Cases.CountAsync(c => c.MayProtect));
            Assert.Equal(0, await db.CaseNameKeys.CountAsync(k => k.MayProtect != db.Cases.Single(c => c.Id == k.CaseId).MayProtect));
            // The mark tells files apart: the generated population has EU citizens without a procedure.
            Assert.InRange(await db.Cases.CountAsync(c => c.MayProtect), 1, 299);
        });
    }
}

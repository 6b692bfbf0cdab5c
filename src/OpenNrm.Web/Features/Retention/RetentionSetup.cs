using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Data;
using OpenNrm.Web.Jobs;

namespace OpenNrm.Web.Features.Retention;

public static class RetentionSetup
{
    /// <summary>Throws when the retention settings are wrong (<see cref="RetentionOptions.From"/>): the host does not start with them.</summary>
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(RetentionOptions.From(configuration));
        services.AddScoped<RetentionPurge>();
        services.AddScoped<LegalHoldService>();
        services.AddScoped<SubjectAccessReader>();
        services.AddScoped<SubjectAccessExport>();

        // One eraser per personal record class a feature keeps. A feature adding a class registers its own
        // IRecordEraser here or in its setup; until then the class is reported as not erasable.
        services.AddScoped<IRecordEraser, FileIdentityEraser>();
        services.AddScoped<IRecordEraser, SupportRecordEraser>();
        services.AddScoped<IRecordEraser>(sp => new CaseNoteEraser(sp.GetRequiredService<AppDbContext>(), RecordClass.CaseNote, NoteSensitivity.General));
        services.AddScoped<IRecordEraser>(sp => new CaseNoteEraser(sp.GetRequiredService<AppDbContext>(), RecordClass.MedicalNote, NoteSensitivity.Care));
        services.AddScoped<IRecordEraser, ConsentEraser>();
        services.AddScoped<IRecordEraser, AttachmentEraser>();
        services.AddHostedService<RetentionPurgeJob>();
        return services;
    }
}

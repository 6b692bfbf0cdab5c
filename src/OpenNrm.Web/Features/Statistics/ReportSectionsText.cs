using System.Globalization;
using Microsoft.Extensions.Localization;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>What an editor is told when someone else saved the sections first.</summary>
public static class ReportSectionsText
{
    public static string Conflict(ReportSectionsView? current, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return current is null
            ? localizer["No text has been saved for this year yet: send version 0."]
            : localizer["Someone saved these sections in the meantime: they are now at version {0}, saved by {1} on {2} UTC. Nothing was overwritten; reload them and apply your change again.",
                current.Version, current.UpdatedBy ?? "?", current.UpdatedAt?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "?"];
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenNrm.Web.Data;

internal static class DatabaseKeptColumns
{
    /// <summary>
    /// A flag the database's triggers set: the application reads it and never writes it (not in an INSERT, an UPDATE
    /// or a COPY), so no writer can forget it or clear it, whatever code path adds the rows it depends on.
    /// </summary>
    public static PropertyBuilder<bool> DatabaseKeptFlag(this PropertyBuilder<bool> property)
    {
        property.HasDefaultValue(false).ValueGeneratedNever();
        property.Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        property.Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        return property;
    }
}

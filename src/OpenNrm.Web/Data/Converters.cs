using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenNrm.Web.Security;

namespace OpenNrm.Web.Data;

internal sealed class EncryptedStringConverter(FieldProtector protector)
    : ValueConverter<string, string>(v => protector.Protect(v), v => protector.Unprotect(v));

internal sealed class DateTimeOffsetToUtcTicksConverter()
    : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

/// <summary>Legal dates are calendar dates: a date column on both providers.</summary>
internal sealed class LocalDateToDateOnlyConverter()
    : ValueConverter<NodaTime.LocalDate, DateOnly>(v => v.ToDateOnly(), v => NodaTime.LocalDate.FromDateOnly(v));

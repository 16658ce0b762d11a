using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Layanan.Core.Common;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as UTC ticks (an INTEGER column). SQLite has no instant type and
/// EF Core cannot order or compare its text form of <see cref="DateTimeOffset"/>; ticks sort and compare
/// exactly, and every value read back is in UTC.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

using Layanan.Core.Common;
using Layanan.Core.Data;
using Layanan.Core.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Layanan.Core.Calendar;

/// <summary>
/// The working calendar every deadline, reminder, digest and statistic uses: office hours and reminder
/// points from configuration and the holidays stored in the database. Admin Kota edits the holidays here;
/// each edit rebuilds the calendar and recomputes the deadlines of every open request. A change of the
/// configured rules is found at start-up, with the same effect.
/// </summary>
public sealed class CalendarService(
    IDbContextFactory<LayananDbContext> dbFactory,
    IOptions<OfficeHoursOptions> officeHours,
    IOptions<SlaOptions> sla,
    TimeProvider time,
    ILogger<CalendarService> logger)
{
    /// <summary>From this month on, a missing next-year holiday list is reported to Admin Kota.</summary>
    public const int WarnFromMonth = 10;

    private volatile WorkingCalendar? _current;

    /// <summary>The calendar as of the last load; <see cref="LoadAsync"/> runs at start-up.</summary>
    public WorkingCalendar Current => _current ?? throw new InvalidOperationException("The working calendar has not been loaded yet.");

    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var dates = await db.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken);
        _current = new WorkingCalendar(dates, officeHours.Value, sla.Value);
    }

    /// <summary>
    /// Loads the calendar at start-up. When the office hours or reminder points differ from the rules the
    /// stored deadlines were computed with, recomputes the deadlines of every open request and stores the
    /// new rules, in one transaction.
    /// </summary>
    /// <returns>The number of open requests whose deadlines were recomputed.</returns>
    public async Task<int> LoadAndApplyRulesAsync(CancellationToken cancellationToken = default)
    {
        await LoadAsync(cancellationToken);
        var rules = Current.RulesFingerprint;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.Settings.SingleOrDefaultAsync(s => s.Key == StoredSetting.DeadlineRules, cancellationToken);
        if (stored?.Value == rules)
        {
            return 0;
        }

        if (stored is null)
        {
            db.Settings.Add(new StoredSetting(StoredSetting.DeadlineRules, rules));
        }
        else
        {
            stored.Value = rules;
        }

        // A database from before the rules were stored has no value, so its deadlines are recomputed once too.
        var count = await RecomputeOpenRequestsAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (count > 0)
        {
            CalendarLog.RulesChanged(logger, count, rules);
        }

        return count;
    }

    public async Task<IReadOnlyList<Holiday>> ListAsync(int year, CancellationToken cancellationToken = default)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Holidays.AsNoTracking()
            .Where(h => h.Date >= first && h.Date <= last)
            .OrderBy(h => h.Date).ThenBy(h => h.Name)
            .ToListAsync(cancellationToken);
    }

    public async Task<CommandResult<Holiday>> AddAsync(DateOnly date, string? name, HolidayKind kind, CancellationToken cancellationToken = default)
    {
        if (Refusal(name, kind) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Holidays.AnyAsync(h => h.Date == date && h.Name == name!.Trim(), cancellationToken))
        {
            return CommandResult<Holiday>.Conflict($"{name!.Trim()} pada {date:dd/MM/yyyy} sudah ada di kalender.");
        }

        var holiday = new Holiday(date, name!, kind);
        db.Holidays.Add(holiday);
        await db.SaveChangesAsync(cancellationToken);
        CalendarLog.HolidayAdded(logger, holiday.Id, date);

        await RebuildAsync(cancellationToken);
        return CommandResult<Holiday>.Ok(holiday);
    }

    public async Task<CommandResult<Holiday>> UpdateAsync(int id, DateOnly date, string? name, HolidayKind kind, CancellationToken cancellationToken = default)
    {
        if (Refusal(name, kind) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var holiday = await db.Holidays.SingleOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (holiday is null)
        {
            return CommandResult<Holiday>.NotFound("Hari libur ini tidak ditemukan; mungkin sudah dihapus. Muat ulang daftarnya.");
        }

        holiday.Update(date, name!, kind);
        await db.SaveChangesAsync(cancellationToken);
        CalendarLog.HolidayChanged(logger, id, date);

        await RebuildAsync(cancellationToken);
        return CommandResult<Holiday>.Ok(holiday);
    }

    public async Task<CommandResult<int>> RemoveAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var removed = await db.Holidays.Where(h => h.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            return CommandResult<int>.NotFound("Hari libur ini tidak ditemukan; mungkin sudah dihapus. Muat ulang daftarnya.");
        }

        CalendarLog.HolidayRemoved(logger, id);
        await RebuildAsync(cancellationToken);
        return CommandResult<int>.Ok(id);
    }

    /// <summary>
    /// An Indonesian warning for Admin Kota when, from 1 October (WIB), next year has no holidays entered
    /// yet; null otherwise. The government publishes each year's list late in the year before.
    /// </summary>
    public async Task<string?> GetMissingHolidaysWarningAsync(CancellationToken cancellationToken = default)
    {
        var today = Wib.Today(time.GetUtcNow());
        if (today.Month < WarnFromMonth)
        {
            return null;
        }

        var nextYear = today.Year + 1;
        var holidays = await ListAsync(nextYear, cancellationToken);
        if (holidays.Count > 0)
        {
            return null;
        }

        return $"Hari libur nasional dan cuti bersama tahun {nextYear} belum dimasukkan. Tenggat permohonan setelah 31 Desember {today.Year} akan salah hitung sampai daftar tahun {nextYear} diisi di halaman Kalender Kerja.";
    }

    /// <summary>
    /// Logs a warning while next year's holidays are missing, from 1 October on. The daily calendar-check job
    /// runs this, so the log gets one line a day instead of one per page view. Returns whether it warned.
    /// </summary>
    public async Task<bool> CheckNextYearHolidaysAsync(CancellationToken cancellationToken = default)
    {
        if (await GetMissingHolidaysWarningAsync(cancellationToken) is null)
        {
            return false;
        }

        CalendarLog.NextYearMissing(logger, Wib.Today(time.GetUtcNow()).Year + 1);
        return true;
    }

    /// <summary>Rebuilds the calendar and moves every open request's deadlines to match it.</summary>
    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var count = await RecomputeOpenRequestsAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        CalendarLog.DeadlinesRecomputed(logger, count);
    }

    /// <summary>Moves the deadlines of every open request to the current calendar. The caller saves the changes.</summary>
    private async Task<int> RecomputeOpenRequestsAsync(LayananDbContext db, CancellationToken cancellationToken)
    {
        var open = await db.Requests
            .Where(r => r.Status != Requests.RequestStatus.Completed && r.Status != Requests.RequestStatus.Rejected && r.Status != Requests.RequestStatus.Cancelled)
            .ToListAsync(cancellationToken);
        foreach (var request in open)
        {
            request.RecomputeDeadlines(Current);
        }

        return open.Count;
    }

    private static CommandResult<Holiday>? Refusal(string? name, HolidayKind kind)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return CommandResult<Holiday>.Invalid("Nama hari libur wajib diisi.",
                new Dictionary<string, string[]> { ["name"] = ["Tulis nama hari libur, misalnya Hari Raya Idul Fitri."] });
        }

        if (name.Trim().Length > 200)
        {
            return CommandResult<Holiday>.Invalid("Nama hari libur terlalu panjang.",
                new Dictionary<string, string[]> { ["name"] = ["Nama hari libur paling banyak 200 karakter."] });
        }

        return Enum.IsDefined(kind)
            ? null
            : CommandResult<Holiday>.Invalid("Jenis hari libur tidak dikenal.",
                new Dictionary<string, string[]> { ["kind"] = ["Pilih Hari Libur Nasional atau Cuti Bersama."] });
    }
}

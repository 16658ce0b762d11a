using Layanan.Core.Calendar;
using Layanan.Core.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace Layanan.Blazor.Features.Calendar;

/// <summary>
/// Admin Kota's page for the holidays of the working calendar. Each change goes through
/// <see cref="CalendarService"/>, which rebuilds the calendar and recomputes open requests' deadlines.
/// </summary>
public partial class CalendarAdminPage
{
    [Inject]
    private CalendarService Calendar { get; set; } = default!;

    [Inject]
    private IOptions<OfficeHoursOptions> OfficeHours { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private IReadOnlyList<Holiday> _holidays = [];
    private string? _warning;
    private int _currentYear;
    private int _year;
    private bool _loading = true;
    private bool _busy;

    private string Summary
    {
        get
        {
            var national = _holidays.Count(h => h.Kind == HolidayKind.LiburNasional);
            var leave = _holidays.Count(h => h.Kind == HolidayKind.CutiBersama);
            return $"{TextRules.FormatNumber(national)} hari libur nasional dan {TextRules.FormatNumber(leave)} cuti bersama.";
        }
    }

    protected override async Task OnInitializedAsync()
    {
        _currentYear = Wib.Today(Time.GetUtcNow()).Year;
        _year = _currentYear;
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _loading = true;
        _holidays = await Calendar.ListAsync(_year);
        _warning = await Calendar.GetMissingHolidaysWarningAsync();
        _loading = false;
    }

    private async Task HandleYearChangedAsync(int year)
    {
        _year = year;
        await ReloadAsync();
    }

    private Task HandleAddAsync() => EditAsync(null, "Tambah Hari Libur", "Hari libur {0} ditambahkan. Tenggat permohonan terbuka sudah dihitung ulang.");

    private Task HandleEditAsync(Holiday holiday) => EditAsync(holiday, "Ubah Hari Libur", "Hari libur {0} disimpan. Tenggat permohonan terbuka sudah dihitung ulang.");

    /// <summary>Opens the dialog, which saves through the calendar service; the page only reports and reloads.</summary>
    private async Task EditAsync(Holiday? holiday, string title, string successFormat)
    {
        var parameters = new DialogParameters<HolidayDialog>
        {
            { d => d.Holiday, holiday },
            { d => d.Year, _year },
        };
        var dialog = await Dialogs.ShowAsync<HolidayDialog>(title, parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var outcome = await dialog.Result;
        if (outcome is not { Canceled: false, Data: Holiday saved })
        {
            return;
        }

        Snackbar.Add(string.Format(Wib.Culture, successFormat, $"{saved.Name} ({CalendarText.LongDate(saved.Date)})"), Severity.Success);
        _year = saved.Date.Year;
        await ReloadAsync();
    }

    private async Task HandleRemoveAsync(Holiday holiday)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Hapus Hari Libur",
            $"Hapus {holiday.Name} pada {CalendarText.LongDate(holiday.Date)} dari kalender? Hari itu menjadi hari kerja dan tenggat permohonan terbuka dihitung ulang.",
            yesText: "Hapus",
            cancelText: "Batal");
        if (confirmed != true)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await Calendar.RemoveAsync(holiday.Id);
            if (result.Succeeded)
            {
                Snackbar.Add($"{holiday.Name} dihapus dari kalender. Tenggat permohonan terbuka sudah dihitung ulang.", Severity.Success);
            }
            else
            {
                Snackbar.Add(result.Message!, Severity.Warning);
            }

            await ReloadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}

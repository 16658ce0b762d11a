using System.Collections.Frozen;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Layanan.Blazor.Localization;

/// <summary>
/// Indonesian translations for every key in the <c>LanguageResource</c> of MudBlazor 9.14.0, such as
/// pager labels, data grid filter operators and column menus, picker buttons, close labels and file
/// upload messages.
/// Register it after <c>AddMudServices()</c> with
/// <c>services.AddTransient&lt;MudLocalizer, IndonesianMudLocalizer&gt;()</c>.
/// </summary>
/// <remarks>
/// <para>
/// MudBlazor's <c>DefaultLocalizationInterceptor</c> (9.14.0) calls this class only when the parent
/// language of <see cref="System.Globalization.CultureInfo.CurrentUICulture"/> is not English, so the
/// app must run with the <c>id-ID</c> UI culture. Keys that this class does not know fall back to
/// MudBlazor's English text.
/// </para>
/// <para>
/// <c>MudTablePager</c> also takes its texts from the <c>MudDataGridPager_*</c> keys. The "no data"
/// text is not a resource key: tables and data grids show their <c>NoRecordsContent</c>, which the
/// page must supply.
/// </para>
/// </remarks>
public sealed class IndonesianMudLocalizer : MudLocalizer
{
    // Placeholders such as {0} keep the meaning they have in MudBlazor's English text because
    // MudBlazor formats the returned value with its own arguments.
    private static readonly FrozenDictionary<string, string> Translations = new Dictionary<string, string>
    {
        ["Converter_ConversionError"] = "Kesalahan konversi: {0}",
        ["Converter_ConversionFailed"] = "Konversi dari {0} ke {1} gagal: {2}",
        ["Converter_ConversionNotImplemented"] = "Konversi ke tipe {0} belum didukung",
        ["Converter_InvalidBoolean"] = "Bukan nilai boolean yang valid",
        ["Converter_InvalidDateTime"] = "Bukan tanggal dan waktu yang valid",
        ["Converter_InvalidGUID"] = "Bukan GUID yang valid",
        ["Converter_InvalidNumber"] = "Bukan angka yang valid",
        ["Converter_InvalidTimeSpan"] = "Bukan nilai waktu yang valid",
        ["Converter_InvalidType"] = "Bukan {0} yang valid",
        ["Converter_NotValueOf"] = "Bukan salah satu nilai {0}",
        ["Converter_UnableToConvert"] = "Tidak dapat mengonversi dari tipe {1} ke {0}",

        ["HeatMap_Less"] = "Lebih sedikit",
        ["HeatMap_More"] = "Lebih banyak",

        ["MudAlert_Close"] = "Tutup",

        // {0} is the target month or year in brackets, for example "(April)".
        ["MudBaseDatePicker_NextMonth"] = "Bulan berikutnya {0}",
        ["MudBaseDatePicker_NextYear"] = "Tahun berikutnya {0}",
        ["MudBaseDatePicker_Open"] = "Buka kalender",
        ["MudBaseDatePicker_PrevMonth"] = "Bulan sebelumnya {0}",
        ["MudBaseDatePicker_PrevYear"] = "Tahun sebelumnya {0}",

        ["MudBreadcrumbs_Label"] = "Jejak navigasi",

        ["MudCarousel_Index"] = "Indeks {0}",
        ["MudCarousel_Next"] = "Berikutnya",
        ["MudCarousel_Previous"] = "Sebelumnya",

        ["MudChip_Close"] = "Tutup",

        ["MudColorPicker_Alpha"] = "Alfa",
        ["MudColorPicker_AlphaSlider"] = "Penggeser alfa",
        ["MudColorPicker_Blue"] = "Biru",
        ["MudColorPicker_Close"] = "Tutup",
        ["MudColorPicker_Green"] = "Hijau",
        ["MudColorPicker_GridView"] = "Kisi",
        ["MudColorPicker_Hex"] = "Hex",
        ["MudColorPicker_HideSwatches"] = "Sembunyikan contoh warna",
        ["MudColorPicker_Hue"] = "Rona",
        ["MudColorPicker_HueSlider"] = "Penggeser rona",
        ["MudColorPicker_Lightness"] = "Kecerahan",
        ["MudColorPicker_ModeSwitch"] = "Ganti mode",
        ["MudColorPicker_Open"] = "Buka pemilih warna",
        ["MudColorPicker_PaletteView"] = "Palet",
        ["MudColorPicker_Red"] = "Merah",
        ["MudColorPicker_Saturation"] = "Saturasi",
        ["MudColorPicker_ShowSwatches"] = "Tampilkan contoh warna",
        ["MudColorPicker_SpectrumView"] = "Spektrum",

        ["MudDataGridPager_AllItems"] = "Semua",
        ["MudDataGridPager_FirstPage"] = "Halaman pertama",
        ["MudDataGridPager_InfoFormat"] = "{0}-{1} dari {2}",
        ["MudDataGridPager_LastPage"] = "Halaman terakhir",
        ["MudDataGridPager_NextPage"] = "Halaman berikutnya",
        ["MudDataGridPager_PreviousPage"] = "Halaman sebelumnya",
        ["MudDataGridPager_RowsPerPage"] = "Baris per halaman:",

        ["MudDataGrid_AddFilter"] = "Tambah saringan",
        ["MudDataGrid_Apply"] = "Terapkan",
        ["MudDataGrid_Cancel"] = "Batal",
        ["MudDataGrid_Clear"] = "Kosongkan",
        ["MudDataGrid_ClearFilter"] = "Kosongkan saringan",
        ["MudDataGrid_CollapseAllGroups"] = "Ciutkan semua kelompok",
        ["MudDataGrid_CollapseGroup"] = "Ciutkan kelompok",
        ["MudDataGrid_Column"] = "Kolom",
        ["MudDataGrid_Columns"] = "Kolom",
        ["MudDataGrid_ExpandAllGroups"] = "Perluas semua kelompok",
        ["MudDataGrid_ExpandGroup"] = "Perluas kelompok",
        ["MudDataGrid_False"] = "salah",
        ["MudDataGrid_Filter"] = "Saring",
        ["MudDataGrid_FilterValue"] = "Nilai saringan",
        ["MudDataGrid_Group"] = "Kelompokkan",
        ["MudDataGrid_Hide"] = "Sembunyikan",
        ["MudDataGrid_HideAll"] = "Sembunyikan semua",
        ["MudDataGrid_Loading"] = "Memuat…",
        ["MudDataGrid_MoveDown"] = "Pindahkan ke bawah",
        ["MudDataGrid_MoveUp"] = "Pindahkan ke atas",
        ["MudDataGrid_OpenFilters"] = "Buka saringan",
        ["MudDataGrid_Operator"] = "Kondisi",
        ["MudDataGrid_RefreshData"] = "Muat ulang data",
        ["MudDataGrid_RemoveFilter"] = "Hapus saringan",
        ["MudDataGrid_ReorderColumn"] = "Ubah urutan kolom",
        ["MudDataGrid_Save"] = "Simpan",
        ["MudDataGrid_SelectAllRows"] = "Pilih semua baris",
        ["MudDataGrid_SelectRow"] = "Pilih baris",
        ["MudDataGrid_ShowAll"] = "Tampilkan semua",
        ["MudDataGrid_ShowColumnOptions"] = "Opsi kolom",
        ["MudDataGrid_Sort"] = "Urutkan",
        ["MudDataGrid_ToggleGroupExpansion"] = "Perluas atau ciutkan kelompok",
        ["MudDataGrid_True"] = "benar",
        ["MudDataGrid_Ungroup"] = "Batalkan pengelompokan",
        ["MudDataGrid_Unsort"] = "Batalkan pengurutan",
        ["MudDataGrid_Value"] = "Nilai",

        // Filter operators stay lower case, as in MudBlazor's English text.
        ["MudDataGrid_Contains"] = "memuat",
        ["MudDataGrid_EndsWith"] = "diakhiri dengan",
        ["MudDataGrid_Equals"] = "sama dengan",
        ["MudDataGrid_Is"] = "adalah",
        ["MudDataGrid_IsAfter"] = "setelah",
        ["MudDataGrid_IsAnyOf"] = "salah satu dari",
        ["MudDataGrid_IsBefore"] = "sebelum",
        ["MudDataGrid_IsEmpty"] = "kosong",
        ["MudDataGrid_IsNot"] = "bukan",
        ["MudDataGrid_IsNotEmpty"] = "tidak kosong",
        ["MudDataGrid_IsOnOrAfter"] = "pada atau setelah",
        ["MudDataGrid_IsOnOrBefore"] = "pada atau sebelum",
        ["MudDataGrid_NotContains"] = "tidak memuat",
        ["MudDataGrid_NotEquals"] = "tidak sama dengan",
        ["MudDataGrid_StartsWith"] = "diawali dengan",

        // Comparison signs read the same in Indonesian.
        ["MudDataGrid_EqualSign"] = "=",
        ["MudDataGrid_GreaterThanOrEqualSign"] = ">=",
        ["MudDataGrid_GreaterThanSign"] = ">",
        ["MudDataGrid_LessThanOrEqualSign"] = "<=",
        ["MudDataGrid_LessThanSign"] = "<",
        ["MudDataGrid_NotEqualSign"] = "!=",

        ["MudDateRangePicker_End"] = "Tanggal akhir",
        ["MudDateRangePicker_Start"] = "Tanggal mulai",

        ["MudDialog_Close"] = "Tutup",

        ["MudExitPrompt_Cancel"] = "Batal",
        ["MudExitPrompt_Exit"] = "Tinggalkan",
        ["MudExitPrompt_Text"] = "Tinggalkan halaman ini? Perubahan yang sudah Anda buat mungkin belum tersimpan.",
        ["MudExitPrompt_Title"] = "Konfirmasi Pindah Halaman",

        ["MudFileUpload_Button"] = "Pilih berkas",
        ["MudFileUpload_DragAndDrop"] = "Seret berkas ke sini atau klik untuk memilih",
        ["MudFileUpload_FileSizeError"] = "Berkas \"{0}\" melebihi ukuran maksimum yang diizinkan, yaitu {1} bita.",
        ["MudFileUpload_MaximumFileCountExceeded"] = "Anda memilih {0} berkas, melebihi batas maksimum {1} berkas",

        ["MudFormComponent_Required"] = "Wajib diisi",

        ["MudInput_Clear"] = "Kosongkan",
        ["MudInput_Decrement"] = "Kurangi",
        ["MudInput_Increment"] = "Tambah",

        // {0} is the title of the navigation group.
        ["MudNavGroup_ToggleExpand"] = "Perluas atau ciutkan {0}",

        ["MudPageContentNavigation_NavMenu"] = "Daftar isi",

        ["MudPagination_CurrentPage"] = "Halaman {0} (halaman saat ini)",
        ["MudPagination_FirstPage"] = "Halaman pertama",
        ["MudPagination_LastPage"] = "Halaman terakhir",
        ["MudPagination_NextPage"] = "Halaman berikutnya",
        ["MudPagination_PageIndex"] = "Halaman {0}",
        ["MudPagination_PreviousPage"] = "Halaman sebelumnya",

        ["MudRangeInput_End"] = "Akhir",
        ["MudRangeInput_Start"] = "Awal",

        ["MudRatingItem_Label"] = "Nilai {0}",
        ["MudRating_Label"] = "Penilaian",

        ["MudSelect_SelectAll"] = "Pilih semua",

        ["MudSnackbar_Close"] = "Tutup",

        ["MudSplitPanel_ResizePanels"] = "Ubah ukuran panel",

        ["MudStepper_Complete"] = "Selesai",
        ["MudStepper_Next"] = "Lanjut",
        ["MudStepper_Previous"] = "Kembali",
        ["MudStepper_Reset"] = "Atur ulang",
        ["MudStepper_Skip"] = "Lewati",

        ["MudTablePager_FirstPage"] = "Halaman pertama",
        ["MudTablePager_LastPage"] = "Halaman terakhir",
        ["MudTablePager_NextPage"] = "Halaman berikutnya",
        ["MudTablePager_PreviousPage"] = "Halaman sebelumnya",

        ["MudTable_CancelEditRow"] = "Batalkan perubahan",
        ["MudTable_CollapseGroup"] = "Ciutkan kelompok",
        ["MudTable_CommitRow"] = "Simpan perubahan",
        ["MudTable_EditRow"] = "Ubah baris",
        ["MudTable_ExpandGroup"] = "Perluas kelompok",
        ["MudTable_Loading"] = "Memuat…",
        ["MudTable_SelectAllRows"] = "Pilih semua baris",
        ["MudTable_SelectGroup"] = "Pilih kelompok",
        ["MudTable_SelectRow"] = "Pilih baris",

        ["MudTabs_AddTab"] = "Tambah tab",
        ["MudTabs_CloseTab"] = "Tutup tab",
        ["MudTabs_ScrollDown"] = "Gulir tab ke bawah",
        ["MudTabs_ScrollLeft"] = "Gulir tab ke kiri",
        ["MudTabs_ScrollRight"] = "Gulir tab ke kanan",
        ["MudTabs_ScrollUp"] = "Gulir tab ke atas",

        ["MudTimePicker_Open"] = "Buka pemilih waktu",

        ["MudTreeView_CollapseItem"] = "Ciutkan",
        ["MudTreeView_ExpandItem"] = "Perluas",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <inheritdoc />
    public override LocalizedString this[string key] =>
        Translations.TryGetValue(key, out var value)
            ? new LocalizedString(key, value, resourceNotFound: false)
            : base[key];
}

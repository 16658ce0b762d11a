namespace Layanan.Core.Catalog;

/// <summary>
/// The city's default service catalog. Verify targets are for checking an online submission; completion
/// standards count from the moment the papers are verified complete.
/// </summary>
public static class ServiceCatalogSeed
{
    public static IReadOnlyList<ServiceDefinition> Create()
    {
        var order = 0;

        ServiceDefinition Days(string code, string name, string[] requirements, int completionDays, ApprovalChain chain) =>
            new(code, name, requirements, 1, TargetUnit.WorkingDays, completionDays, TargetUnit.WorkingDays, chain, name, ++order);

        return
        [
            Days("SKD", "Surat Keterangan Domisili",
                ["Surat pengantar RT/RW", "KTP", "Kartu Keluarga (KK)"], 1, ApprovalChain.Lurah),
            Days("SKTM", "Surat Keterangan Tidak Mampu",
                ["Surat pengantar RT/RW", "KTP", "Kartu Keluarga (KK)", "Foto rumah", "Surat pernyataan tidak mampu"], 1, ApprovalChain.Lurah),
            Days("SKU", "Surat Keterangan Usaha",
                ["Surat pengantar RT/RW", "KTP", "Kartu Keluarga (KK)", "Foto tempat usaha"], 2, ApprovalChain.Lurah),
            Days("SKCK", "Surat Pengantar SKCK",
                ["Surat pengantar RT/RW", "KTP", "Kartu Keluarga (KK)"], 1, ApprovalChain.Lurah),
            Days("NIKAH", "Surat Pengantar Nikah (N1–N4)",
                ["Surat pengantar RT", "KTP dan KK kedua calon mempelai", "Surat pernyataan belum menikah", "Pas foto"], 1, ApprovalChain.Lurah),
            Days("KEMATIAN", "Surat Keterangan Kematian",
                ["Surat pengantar RT/RW", "KTP dan KK pelapor", "KTP dua orang saksi"], 1, ApprovalChain.Lurah),
            Days("KELAHIRAN", "Surat Keterangan Kelahiran",
                ["Surat pengantar RT/RW", "Kartu Keluarga (KK)", "Surat keterangan lahir dari bidan atau rumah sakit"], 1, ApprovalChain.Lurah),
            Days("PINDAH", "Surat Pengantar Pindah",
                ["Surat pengantar RT/RW", "KTP", "Kartu Keluarga (KK)"], 1, ApprovalChain.Lurah),
            Days("WARIS", "Surat Keterangan Ahli Waris",
                ["Akta kematian pewaris", "Surat pernyataan ahli waris", "KTP dan KK semua ahli waris"], 3, ApprovalChain.LurahThenCamat),
            Days("KERAMAIAN", "Rekomendasi Izin Keramaian",
                ["Surat pengantar RT/RW", "KTP", "Kartu Keluarga (KK)"], 2, ApprovalChain.LurahThenCamat),
            Days("SKTM-KEC", "SKTM Tingkat Kecamatan",
                ["Surat pengantar dari kelurahan", "KTP", "Kartu Keluarga (KK)"], 1, ApprovalChain.Camat),
        ];
    }
}

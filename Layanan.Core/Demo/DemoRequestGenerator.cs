using Layanan.Core.Access;
using Layanan.Core.Offices;
using Layanan.Core.Requests;

namespace Layanan.Core.Demo;

/// <summary>
/// Makes up realistic but fictitious submissions: a Pontianak NIK that passes validation, a common
/// Indonesian name, a street address, and a purpose that fits the service. No real person's data.
/// </summary>
public sealed class DemoRequestGenerator(OfficeDirectory offices)
{
    private static readonly string[] GivenNames =
        ["Siti", "Muhammad", "Nur", "Ahmad", "Dewi", "Rizky", "Putri", "Agus", "Wahyuni", "Hendra", "Lestari", "Budi", "Yuliana", "Fajar", "Rahmawati", "Andi", "Marlina", "Syarif", "Ayu", "Irwan"];

    private static readonly string[] FamilyNames =
        ["Rahman", "Hidayat", "Lestari", "Saputra", "Wijaya", "Kurniawan", "Hasanah", "Pratama", "Sari", "Alkadrie", "Gunawan", "Utami", "Firmansyah", "Nurhaliza", "Setiawan"];

    private static readonly string[] Streets =
        ["Jl. Gajah Mada", "Jl. Tanjungpura", "Jl. Ahmad Yani", "Jl. Imam Bonjol", "Jl. Kom Yos Sudarso", "Jl. Tritura", "Jl. Parit Haji Husin", "Jl. Sungai Raya Dalam", "Jl. Khatulistiwa", "Jl. Ya'M Sabran"];

    /// <summary>Services weighted by how often offices issue them (an estimate: domisili and SKTM dominate).</summary>
    private static readonly (string Code, int Weight, string Purpose)[] Services =
    [
        ("SKD", 30, "Persyaratan membuka rekening bank"),
        ("SKTM", 20, "Persyaratan keringanan biaya sekolah anak"),
        ("SKCK", 15, "Persyaratan melamar pekerjaan"),
        ("SKU", 10, "Persyaratan pengajuan kredit usaha rakyat"),
        ("PINDAH", 6, "Pindah domisili mengikuti tempat kerja"),
        ("NIKAH", 6, "Persyaratan pendaftaran nikah di KUA"),
        ("KELAHIRAN", 5, "Pengurusan akta kelahiran"),
        ("KEMATIAN", 4, "Pengurusan akta kematian"),
        ("WARIS", 2, "Pengurusan balik nama sertifikat tanah"),
        ("KERAMAIAN", 2, "Izin acara pernikahan keluarga"),
    ];

    /// <summary>Makes up a submission to a kelurahan picked at random.</summary>
    public SubmitRequest Next(Random random, DateOnly today)
    {
        var kelurahan = offices.Kelurahan.ToList();
        return Next(random, today, kelurahan[random.Next(kelurahan.Count)]);
    }

    /// <summary>Makes up a submission to the given kelurahan, by a resident living there.</summary>
    public SubmitRequest Next(Random random, DateOnly today, Office office)
    {
        var service = PickService(random);
        var kecamatanDigits = office.ParentCode![^2..];
        var female = random.Next(2) == 0;
        var birth = today.AddDays(-random.Next(18 * 365, 75 * 365));
        var day = birth.Day + (female ? 40 : 0);
        var nik = $"6171{kecamatanDigits}{day:00}{birth.Month:00}{birth.Year % 100:00}{random.Next(1, 9999):0000}";
        var name = $"{GivenNames[random.Next(GivenNames.Length)]} {FamilyNames[random.Next(FamilyNames.Length)]}";
        var address = $"{Streets[random.Next(Streets.Length)]} No. {random.Next(1, 250)}, RT {random.Next(1, 12):000}/RW {random.Next(1, 8):000}, Kelurahan {office.Name}";

        return new SubmitRequest
        {
            OfficeCode = office.Code,
            ServiceCode = service.Code,
            Nik = nik,
            Name = name,
            Address = address,
            Purpose = service.Purpose,
            Phone = $"08{random.Next(11, 99)}{random.Next(10000000, 99999999)}",
        };
    }

    private static (string Code, int Weight, string Purpose) PickService(Random random)
    {
        var roll = random.Next(Services.Sum(s => s.Weight));
        foreach (var service in Services)
        {
            roll -= service.Weight;
            if (roll < 0)
            {
                return service;
            }
        }

        return Services[0];
    }
}

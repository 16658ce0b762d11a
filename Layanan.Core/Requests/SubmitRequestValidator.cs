using System.Net.Mail;
using Layanan.Core.Access;
using Layanan.Core.Catalog;
using Layanan.Core.Common;
using Layanan.Core.Offices;

namespace Layanan.Core.Requests;

/// <summary>
/// Checks a new request field by field. Each problem gets an Indonesian message that names the field and
/// says how to fix it; keys are the API's camelCase field names.
/// </summary>
public static class SubmitRequestValidator
{
    public const string Summary = "Permohonan belum dapat diajukan. Perbaiki isian yang ditandai, lalu ajukan kembali.";

    public static (ApplicantDetails? Applicant, Dictionary<string, string[]> Errors) Validate(
        SubmitRequest input,
        Office? office,
        ServiceDefinition? service,
        DateOnly today)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);

        if (string.IsNullOrWhiteSpace(input.OfficeCode))
        {
            errors["officeCode"] = ["Kantor wajib dipilih. Pilih kelurahan tempat Anda tinggal."];
        }
        else if (office is null || office.Level == OfficeLevel.Kota)
        {
            errors["officeCode"] = [$"Kantor dengan kode '{Shorten(input.OfficeCode)}' tidak ditemukan. Pilih kelurahan dari daftar."];
        }

        if (string.IsNullOrWhiteSpace(input.ServiceCode))
        {
            errors["serviceCode"] = ["Jenis layanan wajib dipilih."];
        }
        else if (service is null || !service.IsActive)
        {
            errors["serviceCode"] = [$"Jenis layanan dengan kode '{Shorten(input.ServiceCode)}' tidak ditemukan. Pilih layanan dari daftar."];
        }

        if (office is not null && service is not null && !errors.ContainsKey("officeCode"))
        {
            if (service.IsKecamatanService && office.Level != OfficeLevel.Kecamatan)
            {
                errors["officeCode"] = [$"{service.Name} diajukan ke kantor kecamatan. Pilih kecamatan, bukan kelurahan."];
            }
            else if (!service.IsKecamatanService && office.Level != OfficeLevel.Kelurahan)
            {
                errors["officeCode"] = [$"{service.Name} diajukan ke kantor kelurahan. Pilih kelurahan tempat Anda tinggal."];
            }
        }

        var nik = NikValidator.Normalize(input.Nik);
        var nikCheck = NikValidator.Check(nik, today);
        if (!nikCheck.IsValid)
        {
            errors["nik"] = [nikCheck.Error!];
        }

        var name = Text(errors, "name", input.Name, "Nama lengkap", RequestLimits.Name, multiline: false);
        var address = Text(errors, "address", input.Address, "Alamat", RequestLimits.Address, multiline: true);
        var purpose = Text(errors, "purpose", input.Purpose, "Keperluan", RequestLimits.Purpose, multiline: true);
        var phone = Phone(errors, input.Phone);
        var email = Email(errors, input.Email);

        if (phone is null && email is null && !errors.ContainsKey("phone") && !errors.ContainsKey("email"))
        {
            errors["phone"] = ["Isi nomor telepon/WhatsApp atau alamat email agar kantor dapat menghubungi Anda."];
        }

        // WhatsApp reaches mobile numbers only (08…); a landline cannot receive it.
        var mobile = phone is not null && phone.StartsWith("08", StringComparison.Ordinal);
        if (input.NotifyByWhatsApp == true && phone is not null && !mobile && !errors.ContainsKey("phone"))
        {
            errors["phone"] = ["Pemberitahuan WhatsApp memerlukan nomor ponsel yang diawali 08. Ganti nomornya atau hapus centang WhatsApp."];
        }

        if (input.NotifyByEmail == true && email is null && !errors.ContainsKey("email"))
        {
            errors["email"] = ["Isi alamat email untuk menerima pemberitahuan lewat email, atau hapus centang email."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var byEmail = email is not null && (input.NotifyByEmail ?? true);
        var byWhatsApp = mobile && (input.NotifyByWhatsApp ?? true);
        return (new ApplicantDetails(nik, name!, address!, purpose!, phone, email, byEmail, byWhatsApp), errors);
    }

    private static string? Text(Dictionary<string, string[]> errors, string key, string? value, string label, int maxLength, bool multiline)
    {
        var text = multiline ? value?.Trim() : TextRules.Normalize(value);
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[key] = [$"{label} wajib diisi."];
            return null;
        }

        if (text.Length > maxLength)
        {
            errors[key] = [$"{label} terlalu panjang: {TextRules.FormatNumber(text.Length)} karakter, paling banyak {TextRules.FormatNumber(maxLength)}. Persingkat isiannya."];
            return null;
        }

        if (text.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
        {
            errors[key] = [$"{label} berisi karakter yang tidak dapat dibaca. Ketik ulang isiannya."];
            return null;
        }

        return text;
    }

    private static string? Phone(Dictionary<string, string[]> errors, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var digits = string.Concat(value.Where(c => c is not (' ' or '-' or '.' or '(' or ')')));
        if (digits.StartsWith("+62", StringComparison.Ordinal))
        {
            digits = "0" + digits[3..];
        }
        else if (digits.StartsWith("62", StringComparison.Ordinal))
        {
            digits = "0" + digits[2..];
        }

        if (digits.Length is < 9 or > 14 || digits[0] != '0' || !digits.All(char.IsAsciiDigit))
        {
            errors["phone"] = ["Nomor telepon/WhatsApp tidak valid. Tulis seperti 081234567890 atau +6281234567890."];
            return null;
        }

        return digits;
    }

    private static string? Email(Dictionary<string, string[]> errors, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var email = value.Trim();
        if (email.Length > RequestLimits.Email
            || !MailAddress.TryCreate(email, out var parsed)
            || parsed.Address != email
            || !parsed.Host.Contains('.', StringComparison.Ordinal))
        {
            errors["email"] = ["Alamat email tidak valid. Tulis seperti nama@contoh.id."];
            return null;
        }

        return email;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

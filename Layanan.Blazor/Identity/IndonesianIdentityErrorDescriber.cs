using Microsoft.AspNetCore.Identity;

namespace Layanan.Blazor.Identity;

/// <summary>Identity's validation messages in Indonesian, for account creation and password changes.</summary>
public sealed class IndonesianIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Terjadi kesalahan yang tidak diketahui. Silakan coba lagi.");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"Nama pengguna '{userName}' sudah dipakai. Pilih nama pengguna lain.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"Nama pengguna '{userName}' tidak valid. Gunakan huruf kecil, angka, titik, tanda hubung atau garis bawah.");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"Kata sandi terlalu pendek. Gunakan paling sedikit {length} karakter.");

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "Kata sandi harus memuat paling sedikit satu angka (0–9).");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "Kata sandi harus memuat paling sedikit satu huruf kecil (a–z).");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "Kata sandi harus memuat paling sedikit satu huruf besar (A–Z).");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Kata sandi harus memuat paling sedikit satu tanda baca atau simbol.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"Kata sandi harus memuat paling sedikit {uniqueChars} karakter yang berbeda.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Kata sandi salah.");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Data akun baru saja diubah oleh orang lain. Muat ulang, lalu coba lagi.");

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), $"Akun ini sudah memiliki peran {role}.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}

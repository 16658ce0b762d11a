using Layanan.Core.Data;
using Layanan.Core.Identity;
using Layanan.Core.Offices;
using Microsoft.AspNetCore.Identity;

namespace Layanan.Blazor;

/// <summary>
/// Command-line tasks run instead of the web server. <c>create-admin USERNAME "FULL NAME"</c> creates an
/// Admin Kota account (the first admin of a production install); the password is read from standard
/// input so it does not appear in the process list or shell history.
/// </summary>
public static class AdminCommand
{
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] != "create-admin")
        {
            return false;
        }

        if (args.Length < 3)
        {
            Console.Error.WriteLine("Penggunaan: create-admin NAMA_PENGGUNA \"NAMA LENGKAP\" (kata sandi dibaca dari masukan standar).");
            Environment.ExitCode = 2;
            return true;
        }

        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        Console.Error.Write("Kata sandi: ");
        var password = Console.ReadLine() ?? "";

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = args[1].Trim().ToLowerInvariant(), FullName = args[2].Trim(), OfficeCode = OfficeReferenceData.KotaCode };
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, nameof(StaffRole.AdminKota));
        }

        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                Console.Error.WriteLine(error.Description);
            }

            Environment.ExitCode = 1;
            return true;
        }

        Console.WriteLine($"Akun Admin Kota '{user.UserName}' berhasil dibuat.");
        return true;
    }
}

using Layanan.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace Layanan.Tests.Integration;

/// <summary>The real app started with an invalid setting.</summary>
public sealed class StartupTests
{
    [Fact]
    public void InvalidSetting_StopsBeforeDatabaseExists()
    {
        using var app = new InvalidReminderApp();

        Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.False(File.Exists(Path.Combine(app.DataDirectory, "layanan.db")), "The database was created although a setting was invalid.");
    }

    private sealed class InvalidReminderApp : LayananAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Layanan:Sla:FirstReminderPercent", "0");
        }
    }
}

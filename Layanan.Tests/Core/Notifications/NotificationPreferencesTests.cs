using Layanan.Core.Identity;
using Layanan.Core.Notifications;
using Layanan.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Layanan.Tests.Core.Notifications;

public sealed class NotificationPreferencesTests : IAsyncLifetime
{
    private CoreHarness _core = default!;

    public async Task InitializeAsync() => _core = await CoreHarness.StartAsync();

    public async Task DisposeAsync() => await _core.DisposeAsync();

    private NotificationQueries Queries => _core.Services.GetRequiredService<NotificationQueries>();

    [Fact]
    public async Task OutsideHours_IsStored_ForThatUserOnly()
    {
        var officer = await _core.AddStaffAsync(StaffRole.PetugasKelurahan, "Saigon");
        var lurah = await _core.AddStaffAsync(StaffRole.Lurah, "Saigon");

        var saved = await Queries.SetOutsideOfficeHoursAsync(officer.Id, true);

        Assert.True(saved);
        Assert.Equal(new NotificationPreferences(officer.Email, true), await Queries.GetPreferencesAsync(officer.Id));
        Assert.Equal(new NotificationPreferences(lurah.Email, false), await Queries.GetPreferencesAsync(lurah.Id));
    }

    [Fact]
    public async Task UnknownUser_IsReported()
    {
        var saved = await Queries.SetOutsideOfficeHoursAsync("tidak-ada", true);

        Assert.False(saved);
        Assert.Null(await Queries.GetPreferencesAsync("tidak-ada"));
    }
}

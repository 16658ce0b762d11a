using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Layanan.Core.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the web app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<LayananDbContext>
{
    public LayananDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<LayananDbContext>()
            .UseSqlite("Data Source=design-time.db")
            .Options;
        return new LayananDbContext(options);
    }
}

using Layanan.Blazor;

var builder = WebApplication.CreateBuilder(args);
builder.UseLayananConfiguration(args);

builder.AddLayananServices();

var app = builder.Build();
if (!app.ValidateLayananSettings())
{
    Environment.ExitCode = 1;
    return;
}

if (await app.RunCommandAsync(args))
{
    return;
}

await app.InitializeLayananAsync();
app.UseLayananPipeline();
app.MapLayananEndpoints();

app.Run();

/// <summary>The entry point, public so that integration tests can host the app.</summary>
public partial class Program;

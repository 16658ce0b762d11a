using MudBlazor;

namespace Layanan.Blazor.Components.Layout;

/// <summary>The staff screens' palette: calm colours with contrast that meets WCAG 2.1 AA on white.</summary>
public static class StaffTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b5d3b",
            Secondary = "#8a4b08",
            AppbarBackground = "#0b5d3b",
            Success = "#1b6e2a",
            Warning = "#8a5a00",
            Error = "#b3261e",
            Info = "#1a5fa8",
        },
    };
}

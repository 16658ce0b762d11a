using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Layanan.Tests.TestSupport;

/// <summary>A bUnit context with MudBlazor's services and loose JS interop, as the browser would answer.</summary>
public abstract class MudComponentTest : BunitContext
{
    protected MudComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }
}

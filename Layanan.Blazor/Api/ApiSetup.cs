using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;

namespace Layanan.Blazor.Api;

public static class ApiSetup
{
    public static IServiceCollection AddLayananApi(this IServiceCollection services)
    {
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Layanan API";
            document.Info.Description = "Public and staff API of Layanan, the online public services of Kota Pontianak.";
            return Task.CompletedTask;
        }));
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            context.ProblemDetails.Title = ApiProblems.TitleFor(status);
            context.ProblemDetails.Type = null;
        });
        return services;
    }

    public static void MapLayananApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        var api = app.MapGroup("/api/v1");
        api.MapReferenceEndpoints();
        api.MapRequestEndpoints();
        api.MapStaffEndpoints();
        api.MapTokenEndpoint();
    }
}

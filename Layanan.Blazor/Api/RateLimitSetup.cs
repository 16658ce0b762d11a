using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Layanan.Blazor.Api;

/// <summary>Settings under <c>Layanan:RateLimit</c>. A limit of 0 turns it off, e.g. for load tests on loopback.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Layanan:RateLimit";

    /// <summary>Tracking lookups per client address per minute. Each may carry a guess of the last 4 NIK digits.</summary>
    [Range(0, 100_000)]
    public int LookupsPerMinute { get; set; } = 30;

    /// <summary>Submissions and sign-in attempts per client address per minute.</summary>
    [Range(0, 100_000)]
    public int WritesPerMinute { get; set; } = 60;
}

/// <summary>
/// Limits what anyone can do without an account: looking up tracking codes (the last 4 NIK digits would
/// otherwise be guessable by trying all 10,000), submitting, and asking for tokens.
/// </summary>
public static class RateLimitSetup
{
    public static IServiceCollection AddLayananRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().CurrentValue;
                var (group, permits) = Classify(context.Request, limits);
                if (group is null || permits == 0)
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }

                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter($"{group}:{client}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitSetup))
                    .LogWarning("Rate limit reached for {Method} {Path} from {Client}", context.HttpContext.Request.Method,
                        context.HttpContext.Request.Path, context.HttpContext.Connection.RemoteIpAddress);
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = "60";
                const string message = "Terlalu banyak permintaan dari alamat Anda dalam satu menit. Tunggu sebentar, lalu coba lagi.";
                if (context.HttpContext.Request.Path.StartsWithSegments("/api"))
                {
                    await Results.Problem(detail: message, statusCode: StatusCodes.Status429TooManyRequests, title: ApiProblems.TitleFor(StatusCodes.Status429TooManyRequests))
                        .ExecuteAsync(context.HttpContext);
                    return;
                }

                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync(message, cancellationToken);
            };
        });
        return services;
    }

    private static (string? Group, int Permits) Classify(HttpRequest request, RateLimitOptions limits)
    {
        var path = request.Path;
        if (HttpMethods.IsGet(request.Method) && (path.StartsWithSegments("/api/v1/requests") || path.StartsWithSegments("/lacak")))
        {
            return ("lookup", limits.LookupsPerMinute);
        }

        if (HttpMethods.IsPost(request.Method)
            && (path.Equals("/api/v1/requests") || path.StartsWithSegments("/api/v1/auth") || path.StartsWithSegments("/ajukan")
                || path.StartsWithSegments("/lacak") || path.StartsWithSegments("/masuk")))
        {
            return ("write", limits.WritesPerMinute);
        }

        return (null, 0);
    }
}

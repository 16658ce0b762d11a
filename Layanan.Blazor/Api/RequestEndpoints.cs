using Layanan.Core.Common;
using Layanan.Core.Requests;

namespace Layanan.Blazor.Api;

/// <summary>Public request endpoints: submit (idempotent with <c>Idempotency-Key</c>) and track.</summary>
public static class RequestEndpoints
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static void MapRequestEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/requests", SubmitAsync)
            .WithName("SubmitRequest")
            .WithSummary("Submits a request. A retry with the same Idempotency-Key returns the first result and creates nothing.")
            .Accepts<SubmitRequest>("application/json")
            .Produces<SubmissionDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/requests/{trackingCode}", GetStatusAsync)
            .WithName("GetRequestStatus")
            .WithSummary("Returns a request's public status and history; personal data only with the last 4 NIK digits as nik4.")
            .Produces<PublicStatusDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> SubmitAsync(HttpContext context, RequestService requests, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<SubmitRequest>(context.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var key = context.Request.Headers[IdempotencyHeader].ToString();
        var result = await requests.SubmitAsync(body!, RequestChannel.Api, key, cancellationToken);
        if (!result.Succeeded)
        {
            return ApiProblems.From(result);
        }

        var receipt = result.Value!;
        if (receipt.IsReplay)
        {
            context.Response.Headers["Idempotent-Replayed"] = "true";
        }

        var dto = new SubmissionDto(receipt.TrackingCode, receipt.OfficeCode, receipt.ServiceCode, receipt.Status,
            RequestText.Status(receipt.Status), Wib.ToWib(receipt.SubmittedAt));
        return Results.Created($"/api/v1/requests/{receipt.TrackingCode}", dto);
    }

    private static async Task<IResult> GetStatusAsync(string trackingCode, string? nik4, RequestQueries queries, CancellationToken cancellationToken)
    {
        var status = await queries.GetPublicStatusAsync(trackingCode, nik4, cancellationToken);
        return status is null
            ? ApiProblems.Problem(StatusCodes.Status404NotFound, $"Permohonan dengan kode '{trackingCode}' tidak ditemukan. Periksa kembali kode permohonan Anda.")
            : Results.Ok(PublicStatusDto.From(status));
    }
}

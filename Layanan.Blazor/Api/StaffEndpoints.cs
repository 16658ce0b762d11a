using Layanan.Blazor.Identity;
using Layanan.Core.Requests;

namespace Layanan.Blazor.Api;

/// <summary>Staff endpoints (bearer token or cookie): an office's board and actions on its requests.</summary>
public static class StaffEndpoints
{
    public static void MapStaffEndpoints(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("").RequireAuthorization(Policies.Staff);

        staff.MapGet("/offices/{officeCode}/requests", async (string officeCode, HttpContext context, RequestQueries queries, CancellationToken cancellationToken) =>
            {
                var actor = StaffPrincipal.ToActor(context.User)!;
                var result = await queries.GetBoardAsync(actor, officeCode, cancellationToken);
                return result.Succeeded
                    ? Results.Ok(new { officeCode, lastEventId = result.Value!.LastEventId, requests = result.Value.Cards.Select(CardDto.From) })
                    : ApiProblems.From(result);
            })
            .WithName("GetOfficeBoard")
            .WithSummary("Returns the office's board: open requests and those closed today, with masked NIK.");

        staff.MapPost("/requests/{trackingCode}/actions", async (string trackingCode, HttpContext context, RequestService requests, CancellationToken cancellationToken) =>
            {
                var (body, problem) = await JsonBody.ReadAsync<ActionBody>(context.Request, cancellationToken);
                if (problem is not null)
                {
                    return problem;
                }

                if (body!.Action is null)
                {
                    return Results.ValidationProblem(
                        new Dictionary<string, string[]> { ["action"] = ["Tindakan wajib diisi, misalnya \"claim\", \"verify\" atau \"approve\"."] },
                        title: ApiProblems.TitleFor(StatusCodes.Status422UnprocessableEntity),
                        statusCode: StatusCodes.Status422UnprocessableEntity);
                }

                var actor = StaffPrincipal.ToActor(context.User)!;
                var result = await requests.ActAsync(actor, trackingCode, body.Action.Value, body.Note, body.ExpectedVersion, cancellationToken);
                return result.Succeeded ? Results.Ok(CardDto.From(result.Value!)) : ApiProblems.From(result);
            })
            .WithName("ActOnRequest")
            .WithSummary("Carries out a staff action on a request of an office the caller works for.")
            .Accepts<ActionBody>("application/json")
            .Produces<CardDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}

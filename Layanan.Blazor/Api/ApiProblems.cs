using Layanan.Core.Common;

namespace Layanan.Blazor.Api;

/// <summary>Problem details (RFC 9457) with Indonesian titles and messages.</summary>
public static class ApiProblems
{
    public static string TitleFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Permintaan tidak valid",
        StatusCodes.Status401Unauthorized => "Belum masuk",
        StatusCodes.Status403Forbidden => "Tidak berwenang",
        StatusCodes.Status404NotFound => "Tidak ditemukan",
        StatusCodes.Status405MethodNotAllowed => "Metode tidak diizinkan",
        StatusCodes.Status409Conflict => "Terjadi konflik",
        StatusCodes.Status413PayloadTooLarge => "Isi permintaan terlalu besar",
        StatusCodes.Status415UnsupportedMediaType => "Jenis isi tidak didukung",
        StatusCodes.Status422UnprocessableEntity => "Isian tidak valid",
        StatusCodes.Status429TooManyRequests => "Terlalu banyak permintaan",
        >= 500 => "Terjadi kesalahan pada server",
        _ => "Permintaan tidak dapat diproses",
    };

    public static IResult Problem(int status, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: TitleFor(status));

    /// <summary>Maps an unsuccessful Core result to its HTTP problem.</summary>
    public static IResult From<T>(CommandResult<T> result) => result.Status switch
    {
        ResultStatus.Invalid => Results.ValidationProblem(
            result.Errors ?? new Dictionary<string, string[]>(),
            detail: result.Message,
            title: TitleFor(StatusCodes.Status422UnprocessableEntity),
            statusCode: StatusCodes.Status422UnprocessableEntity),
        ResultStatus.NotFound => Problem(StatusCodes.Status404NotFound, result.Message!),
        ResultStatus.Forbidden => Problem(StatusCodes.Status403Forbidden, result.Message!),
        ResultStatus.Conflict => Problem(StatusCodes.Status409Conflict, result.Message!),
        _ => throw new ArgumentException($"Result status {result.Status} is not a failure.", nameof(result)),
    };
}

using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Layanan.Blazor.Api;

/// <summary>
/// Reads a JSON request body with Indonesian problems for what the framework's binder would answer in
/// English: a wrong content type, a body that is too large, or text that is not valid JSON.
/// </summary>
public static class JsonBody
{
    /// <summary>Largest accepted body, in bytes: far above a real request (the text fields total under 2,000 characters).</summary>
    public const int MaxBytes = 64 * 1024;

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType,
                "Kirim isi permintaan sebagai JSON dengan header Content-Type: application/json."));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, TooLarge());
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            buffer.Position = 0;
            var value = await JsonSerializer.DeserializeAsync<T>(buffer, options, cancellationToken);
            return value is null
                ? (null, ApiProblems.Problem(StatusCodes.Status400BadRequest, "Isi permintaan kosong. Kirim sebuah objek JSON."))
                : (value, null);
        }
        catch (JsonException exception)
        {
            var where = exception.Path is { Length: > 1 } path ? $" pada '{path.TrimStart('$', '.')}'" : "";
            return (null, ApiProblems.Problem(StatusCodes.Status400BadRequest,
                $"Isi permintaan bukan JSON yang valid{where}. Periksa tanda kutip, koma dan jenis nilainya."));
        }
    }

    private static IResult TooLarge() => ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge,
        $"Isi permintaan melebihi {MaxBytes / 1024} KB. Persingkat isian teksnya.");
}

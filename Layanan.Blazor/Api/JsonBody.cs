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
            var field = exception.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : null;
            if (field is not null && IsWellFormed(buffer))
            {
                return (null, ApiProblems.Problem(StatusCodes.Status400BadRequest, WrongValue<T>(field)));
            }

            var where = field is null ? "" : $" pada '{field}'";
            return (null, ApiProblems.Problem(StatusCodes.Status400BadRequest,
                $"Isi permintaan bukan JSON yang valid{where}. Periksa tanda kutip, koma dan jenis nilainya."));
        }
    }

    /// <summary>Checks whether the body parses as JSON, so a failure lies in a value and not in the syntax.</summary>
    private static bool IsWellFormed(MemoryStream buffer)
    {
        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Describes a value of the wrong kind, listing the allowed values when the field takes a fixed set.</summary>
    private static string WrongValue<T>(string field)
    {
        var property = typeof(T).GetProperties()
            .FirstOrDefault(p => string.Equals(JsonNamingPolicy.CamelCase.ConvertName(p.Name), field, StringComparison.Ordinal));
        var type = property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type is { IsEnum: true })
        {
            // A field may accept only some of its enum's values; AllowedValues on the property names them.
            var names = property!.GetCustomAttributes(typeof(System.ComponentModel.DataAnnotations.AllowedValuesAttribute), inherit: false)
                .Cast<System.ComponentModel.DataAnnotations.AllowedValuesAttribute>()
                .SelectMany(attribute => attribute.Values)
                .Select(value => value?.ToString())
                .OfType<string>()
                .ToList();
            IEnumerable<string> choices = names.Count > 0 ? names : Enum.GetNames(type);
            var allowed = string.Join(", ", choices.Select(JsonNamingPolicy.CamelCase.ConvertName));
            return $"Nilai '{field}' tidak dikenal. Pilih salah satu: {allowed}.";
        }

        return $"Nilai '{field}' tidak sesuai jenisnya. Periksa apakah isian itu berupa teks, angka atau true/false sesuai dokumentasi API.";
    }

    private static IResult TooLarge() => ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge,
        $"Isi permintaan melebihi {MaxBytes / 1024} KB. Persingkat isian teksnya.");
}

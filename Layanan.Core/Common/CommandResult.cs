namespace Layanan.Core.Common;

/// <summary>How a command or query ended when it did not simply succeed.</summary>
public enum ResultStatus
{
    Ok,
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
}

/// <summary>
/// The outcome of a Core use case. Expected failures carry an Indonesian message for the user and,
/// for invalid input, one message per field (keys are the camelCase field names of the API).
/// </summary>
public sealed record CommandResult<T>(
    ResultStatus Status,
    T? Value,
    string? Message,
    IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public bool Succeeded => Status == ResultStatus.Ok;

    public static CommandResult<T> Ok(T value) => new(ResultStatus.Ok, value, null);

    public static CommandResult<T> Invalid(string message, IReadOnlyDictionary<string, string[]>? errors = null) =>
        new(ResultStatus.Invalid, default, message, errors);

    public static CommandResult<T> NotFound(string message) => new(ResultStatus.NotFound, default, message);

    public static CommandResult<T> Forbidden(string message) => new(ResultStatus.Forbidden, default, message);

    public static CommandResult<T> Conflict(string message) => new(ResultStatus.Conflict, default, message);
}

using System.ComponentModel.DataAnnotations;

namespace Layanan.Tests.TestSupport;

/// <summary>Validates an options object as the host's <c>ValidateDataAnnotations</c> does.</summary>
public static class OptionsValidation
{
    /// <summary>Returns every error of <paramref name="options"/>: its attributes first, then its own rules when those pass.</summary>
    public static List<ValidationResult> ValidateAll(object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}

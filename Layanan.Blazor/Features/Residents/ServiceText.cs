using Layanan.Core.Catalog;

namespace Layanan.Blazor.Features.Residents;

/// <summary>Indonesian descriptions of a service's time standard and approval chain.</summary>
public static class ServiceText
{
    public static string Standard(ServiceDefinition service) =>
        $"Pemeriksaan berkas: {Target(service.VerifyTarget, service.VerifyTargetUnit)}. " +
        $"Penyelesaian setelah berkas lengkap: {Target(service.CompletionTarget, service.CompletionTargetUnit)}.";

    public static string Approval(ServiceDefinition service) => service.ApprovalChain switch
    {
        ApprovalChain.Lurah => "Lurah",
        ApprovalChain.LurahThenCamat => "Lurah, kemudian Camat",
        _ => "Camat",
    };

    private static string Target(int value, TargetUnit unit) =>
        unit == TargetUnit.WorkingDays ? $"{value} hari kerja" : $"{value} menit jam pelayanan";
}

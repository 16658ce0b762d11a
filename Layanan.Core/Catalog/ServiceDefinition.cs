namespace Layanan.Core.Catalog;

/// <summary>
/// A kind of letter a resident can request (jenis layanan), with its requirements (persyaratan), fee and
/// time standard. The catalog is seeded with the city's defaults and is editable by Admin Kota.
/// </summary>
public sealed class ServiceDefinition
{
    private ServiceDefinition()
    {
    }

    public ServiceDefinition(
        string code,
        string name,
        IEnumerable<string> requirements,
        int verifyTarget,
        TargetUnit verifyTargetUnit,
        int completionTarget,
        TargetUnit completionTargetUnit,
        ApprovalChain approvalChain,
        string product,
        int sortOrder)
    {
        Code = code;
        Name = name;
        Requirements = string.Join('\n', requirements);
        VerifyTarget = verifyTarget;
        VerifyTargetUnit = verifyTargetUnit;
        CompletionTarget = completionTarget;
        CompletionTargetUnit = completionTargetUnit;
        ApprovalChain = approvalChain;
        Product = product;
        SortOrder = sortOrder;
        IsActive = true;
    }

    /// <summary>Short code such as <c>SKD</c> or <c>SKTM-KEC</c>.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>Requirements, one per line.</summary>
    public string Requirements { get; private set; } = "";

    /// <summary>Fee in Rupiah; Rp0 for every seeded service.</summary>
    public decimal Fee { get; private set; }

    public int VerifyTarget { get; private set; }

    public TargetUnit VerifyTargetUnit { get; private set; }

    public int CompletionTarget { get; private set; }

    public TargetUnit CompletionTargetUnit { get; private set; }

    public ApprovalChain ApprovalChain { get; private set; }

    /// <summary>The product handed to the resident, usually the letter's title.</summary>
    public string Product { get; private set; } = "";

    public bool IsActive { get; private set; }

    public int SortOrder { get; private set; }

    public IReadOnlyList<string> RequirementList =>
        Requirements.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Whether residents submit this service to a kecamatan office rather than a kelurahan.</summary>
    public bool IsKecamatanService => ApprovalChain == ApprovalChain.Camat;
}

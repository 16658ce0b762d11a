namespace Layanan.Core.Catalog;

/// <summary>Who must approve a service's letter, in order.</summary>
public enum ApprovalChain
{
    Lurah = 1,
    LurahThenCamat = 2,
    Camat = 3,
}

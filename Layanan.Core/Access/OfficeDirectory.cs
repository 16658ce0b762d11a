using System.Collections.Frozen;
using Layanan.Core.Offices;

namespace Layanan.Core.Access;

/// <summary>
/// The office hierarchy in memory, built from the seeded reference data. Office codes never change and
/// the 35 offices are fixed by regulation, so one immutable copy serves every access decision.
/// </summary>
public sealed class OfficeDirectory
{
    private readonly FrozenDictionary<string, Office> _byCode;
    private readonly FrozenDictionary<string, string[]> _children;

    public OfficeDirectory(IEnumerable<Office> offices)
    {
        var list = offices.ToList();
        _byCode = list.ToFrozenDictionary(o => o.Code, StringComparer.Ordinal);
        _children = list
            .Where(o => o.ParentCode is not null)
            .GroupBy(o => o.ParentCode!)
            .ToFrozenDictionary(g => g.Key, g => g.Select(o => o.Code).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        All = [.. list.OrderBy(o => o.Level).ThenBy(o => o.Code, StringComparer.Ordinal)];
    }

    /// <summary>Builds the directory from the reference file embedded in Layanan.Core.</summary>
    public static OfficeDirectory FromReferenceData() => new(OfficeReferenceData.Load());

    public IReadOnlyList<Office> All { get; }

    public IEnumerable<Office> Kelurahan => All.Where(o => o.Level == OfficeLevel.Kelurahan);

    public IEnumerable<Office> Kecamatan => All.Where(o => o.Level == OfficeLevel.Kecamatan);

    public Office? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var office) ? office : null;

    public IReadOnlyList<string> ChildrenOf(string code) => _children.TryGetValue(code, out var children) ? children : [];

    /// <summary>The office and, for a kecamatan or the city, every office below it.</summary>
    public IReadOnlyList<string> SelfAndDescendants(string code)
    {
        var result = new List<string> { code };
        foreach (var child in ChildrenOf(code))
        {
            result.AddRange(SelfAndDescendants(child));
        }

        return result;
    }

    /// <summary>The office and its ancestors up to the city: the feed groups a change is sent to.</summary>
    public IReadOnlyList<string> SelfAndAncestors(string code)
    {
        var result = new List<string>();
        var office = Find(code);
        while (office is not null)
        {
            result.Add(office.Code);
            office = Find(office.ParentCode);
        }

        return result;
    }
}

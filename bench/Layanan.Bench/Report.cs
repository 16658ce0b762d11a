using System.Globalization;

namespace Layanan.Bench;

/// <summary>
/// The figures of one run: printed first as a table for people, then as one <c>name=value</c> line per
/// figure for scripts. Names are lower-case with underscores and carry their unit as a suffix.
/// </summary>
public sealed class Report
{
    private readonly List<(string Name, string Value, string Label)> _figures = [];
    private readonly List<string> _notes = [];

    public void Add(string name, double value, string label) => _figures.Add((name, Format(value), label));

    public void Add(string name, long value, string label) => _figures.Add((name, value.ToString(CultureInfo.InvariantCulture), label));

    public void Add(string name, string value, string label) => _figures.Add((name, value, label));

    /// <summary>Adds p50, p95, p99 and max (and the sample count) of a distribution under one prefix.</summary>
    public void AddDistribution(string prefix, Distribution distribution, string label)
    {
        Add($"{prefix}_samples", distribution.Count, $"{label}: samples");
        Add($"{prefix}_p50_ms", distribution.Percentile(50), $"{label}: p50 (ms)");
        Add($"{prefix}_p95_ms", distribution.Percentile(95), $"{label}: p95 (ms)");
        Add($"{prefix}_p99_ms", distribution.Percentile(99), $"{label}: p99 (ms)");
        Add($"{prefix}_max_ms", distribution.Max, $"{label}: max (ms)");
    }

    /// <summary>A line printed under the table: a target met or missed, or a caveat.</summary>
    public void Note(string text) => _notes.Add(text);

    /// <summary>
    /// Notes whether <paramref name="value"/> meets a target, and by how much it misses: a maximum when
    /// <paramref name="atMost"/> is true, otherwise a minimum. A value that was not measured (NaN) misses.
    /// </summary>
    public void Target(string figure, double value, double limit, bool atMost, string unit)
    {
        var bound = atMost ? "≤" : "≥";
        if (double.IsNaN(value))
        {
            Note($"{figure}: target {bound} {Format(limit)} {unit} missed, because it was not measured.");
            return;
        }

        var met = atMost ? value <= limit : value >= limit;
        Note(met
            ? $"{figure}: target {bound} {Show(limit)} {unit} met with {Show(value)} {unit}."
            : $"{figure}: target {bound} {Show(limit)} {unit} missed by {Show(Math.Abs(value - limit))} {unit} ({Show(value)} {unit}).");

        // Counts print as whole numbers; measured values keep Format's precision.
        static string Show(double number) => number == Math.Floor(number) && Math.Abs(number) < 1e9
            ? number.ToString("0", CultureInfo.InvariantCulture)
            : Format(number);
    }

    public void Print(TextWriter output)
    {
        var labelWidth = Math.Max(6, _figures.Count == 0 ? 0 : _figures.Max(f => f.Label.Length));
        var valueWidth = Math.Max(5, _figures.Count == 0 ? 0 : _figures.Max(f => f.Value.Length));
        output.WriteLine();
        output.WriteLine($"| {"Figure".PadRight(labelWidth)} | {"Value".PadLeft(valueWidth)} |");
        output.WriteLine($"|{new string('-', labelWidth + 2)}|{new string('-', valueWidth + 1)}:|");
        foreach (var (_, value, label) in _figures)
        {
            output.WriteLine($"| {label.PadRight(labelWidth)} | {value.PadLeft(valueWidth)} |");
        }

        output.WriteLine();
        foreach (var note in _notes)
        {
            output.WriteLine("- " + note);
        }

        if (_notes.Count > 0)
        {
            output.WriteLine();
        }

        foreach (var (name, value, _) in _figures)
        {
            output.WriteLine($"{name}={value}");
        }
    }

    /// <summary>A number for use inside a figure's name: no trailing zeros, a point for decimals (5, 0.5).</summary>
    public static string NamePart(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Format(double value) => double.IsNaN(value)
        ? "NaN"
        : value.ToString(Math.Abs(value) >= 100 ? "0" : "0.0", CultureInfo.InvariantCulture);
}

namespace Layanan.Bench;

/// <summary>A sorted sample of durations in milliseconds with nearest-rank percentiles.</summary>
public sealed class Distribution
{
    private readonly double[] _sorted;

    public Distribution(IEnumerable<double> values)
    {
        _sorted = values.ToArray();
        Array.Sort(_sorted);
    }

    public int Count => _sorted.Length;

    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];

    public double Min => _sorted.Length == 0 ? double.NaN : _sorted[0];

    public double Mean => _sorted.Length == 0 ? double.NaN : _sorted.Average();

    /// <summary>The nearest-rank percentile; NaN for an empty sample.</summary>
    public double Percentile(double percent)
    {
        if (_sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100.0 * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }

    public int CountAbove(double threshold) => _sorted.Length - UpperBound(threshold);

    private int UpperBound(double threshold)
    {
        var index = Array.BinarySearch(_sorted, threshold);
        if (index < 0)
        {
            return ~index;
        }

        while (index < _sorted.Length && _sorted[index] <= threshold)
        {
            index++;
        }

        return index;
    }
}

using Layanan.Core.Requests;

namespace Layanan.Tests.Core.Requests;

public sealed class NikValidatorTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    [Fact]
    public void Check_DecodesMaleBirthDate_WhenDayIsPlain()
    {
        var result = NikValidator.Check("6171011203900001", Today);

        Assert.True(result.IsValid);
        Assert.Equal(new DateOnly(1990, 3, 12), result.BirthDate);
        Assert.False(result.IsFemale);
    }

    [Fact]
    public void Check_DecodesFemaleBirthDate_WhenFortyIsAddedToDay()
    {
        var result = NikValidator.Check("6171015203900001", Today);

        Assert.True(result.IsValid);
        Assert.Equal(new DateOnly(1990, 3, 12), result.BirthDate);
        Assert.True(result.IsFemale);
    }

    [Fact]
    public void Check_AcceptsFemaleBornOnThirtyFirst_WhenDayIsSeventyOne()
    {
        var result = NikValidator.Check("6171017101850001", Today);

        Assert.True(result.IsValid);
        Assert.Equal(new DateOnly(1985, 1, 31), result.BirthDate);
        Assert.True(result.IsFemale);
    }

    [Theory]
    [InlineData("6171012902000001", 2000)]
    [InlineData("6171016902960001", 1996)]
    [InlineData("6171012902240001", 2024)]
    public void Check_AcceptsTwentyNinthFebruary_WhenYearIsLeap(string nik, int year)
    {
        var result = NikValidator.Check(nik, Today);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(new DateOnly(year, 2, 29), result.BirthDate);
    }

    [Theory]
    [InlineData("6171012902990001")]
    [InlineData("6171012902230001")]
    [InlineData("6171016902010001")]
    public void Check_RejectsTwentyNinthFebruary_WhenYearIsNotLeap(string nik)
    {
        var result = NikValidator.Check(nik, Today);

        Assert.False(result.IsValid);
        Assert.Contains("tanggal lahir", result.Error);
    }

    [Fact]
    public void Check_ReadsYearAsNineteenHundreds_WhenItIsLaterThanThisYear()
    {
        var result = NikValidator.Check("6171010101300001", Today);

        Assert.Equal(new DateOnly(1930, 1, 1), result.BirthDate);
    }

    [Theory]
    [InlineData("3273011203900001")]
    [InlineData("1101011203900001")]
    [InlineData("9471011203900001")]
    public void Check_AcceptsNikIssuedOutsidePontianak(string nik)
    {
        var result = NikValidator.Check(nik, Today);

        Assert.True(result.IsValid, result.Error);
    }

    [Theory]
    [InlineData(null, "wajib diisi")]
    [InlineData("", "wajib diisi")]
    [InlineData("   ", "wajib diisi")]
    [InlineData("617101120390000", "15 angka")]
    [InlineData("61710112039000012", "17 angka")]
    [InlineData("61710112039O0001", "hanya boleh berisi angka")]
    [InlineData("1071011203900001", "kode provinsi")]
    [InlineData("9571011203900001", "kode provinsi")]
    [InlineData("2071011203900001", "kode provinsi")]
    [InlineData("0071011203900001", "kode provinsi")]
    [InlineData("6171013203900001", "tanggal lahir")]
    [InlineData("6171010003900001", "tanggal lahir")]
    [InlineData("6171014003900001", "tanggal lahir")]
    [InlineData("6171017203900001", "tanggal lahir")]
    [InlineData("6171011213900001", "tanggal lahir")]
    [InlineData("6171011200900001", "tanggal lahir")]
    [InlineData("6171013104900001", "tanggal lahir")]
    [InlineData("6171011203900000", "0000")]
    public void Check_RejectsWithReason_WhenNikIsInvalid(string? nik, string reason)
    {
        var result = NikValidator.Check(nik, Today);

        Assert.False(result.IsValid);
        Assert.Contains(reason, result.Error);
        Assert.Contains("NIK", result.Error);
    }

    [Fact]
    public void Check_IgnoresSpacesAndDots_WhenDigitsAreGrouped()
    {
        var result = NikValidator.Check("6171 0112 0390 0001", Today);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Mask_KeepsRegionAndSerial()
    {
        var masked = NikValidator.Mask("6171011203900001");

        Assert.Equal("617101******0001", masked);
    }
}

namespace Layanan.Core.Requests;

/// <summary>Maximum lengths of request fields, in characters; the forms, the API and the database share them.</summary>
public static class RequestLimits
{
    public const int Name = 100;

    public const int Address = 300;

    public const int Purpose = 500;

    public const int Phone = 20;

    public const int Email = 254;

    public const int Note = 1000;

    public const int IdempotencyKey = 100;
}

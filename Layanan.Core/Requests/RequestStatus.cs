namespace Layanan.Core.Requests;

/// <summary>The states of a request's lifecycle. Values are stored as integers and never renumbered.</summary>
public enum RequestStatus
{
    Submitted = 1,
    InReview = 2,
    NeedsFix = 3,
    AwaitingLurah = 4,
    AwaitingCamat = 5,
    Ready = 6,
    Completed = 7,
    Rejected = 8,
    Cancelled = 9,
}

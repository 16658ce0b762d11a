namespace Layanan.Core.Requests;

/// <summary>What a person does to a request; each action is recorded as one event.</summary>
public enum RequestAction
{
    Submit = 1,
    RegisterWalkIn = 2,
    Claim = 3,
    Verify = 4,
    Return = 5,
    Resubmit = 6,
    SendForApproval = 7,
    Approve = 8,

    /// <summary>Records that the head signed the letter on paper, so it is ready without an in-app approval.</summary>
    MarkReady = 9,
    Complete = 10,
    Reject = 11,
    Cancel = 12,
}

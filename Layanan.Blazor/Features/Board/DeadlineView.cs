namespace Layanan.Blazor.Features.Board;

/// <summary>
/// The deadline part of a board card as it reads at one moment. Two views are equal when the card would
/// show the same text, which lets the card skip renders on heartbeats that change nothing.
/// </summary>
/// <param name="Status">Where the request stands.</param>
/// <param name="Label">The status in words, e.g. <c>Mendekati Tenggat</c>.</param>
/// <param name="Icon">The MudBlazor icon shown beside the label, so the status never rests on colour alone.</param>
/// <param name="CssClass">The colour class of the status line.</param>
/// <param name="DueText">The deadline, e.g. <c>Tenggat: 15/01/2025 23.59 WIB</c>; null while the clock is paused.</param>
/// <param name="Distance">Time left or late, e.g. <c>sisa 3 jam</c>; null while the clock is paused.</param>
public sealed record DeadlineView(
    DeadlineStatus Status,
    string Label,
    string Icon,
    string CssClass,
    string? DueText,
    string? Distance);

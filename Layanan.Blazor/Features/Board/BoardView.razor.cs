using Layanan.Blazor.Realtime;
using Layanan.Core.Access;
using Layanan.Core.Common;
using Layanan.Core.Identity;
using Layanan.Core.Realtime;
using Layanan.Core.Requests;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Layanan.Blazor.Features.Board;

/// <summary>
/// The live board of one office. It subscribes to the board feed before loading its snapshot, applies
/// each change once (by request version), renders a lone change at once and a burst at most once per
/// short window, and reloads from the database after a reconnect or when a heartbeat finds an event it
/// has not applied.
/// </summary>
public partial class BoardView
{
    /// <summary>The shortest time between two live renders; changes arriving within it are rendered together.</summary>
    internal static readonly TimeSpan RenderWindow = TimeSpan.FromMilliseconds(50);

    /// <summary>How often the board compares its last applied event with the database.</summary>
    internal static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(15);

    /// <summary>How long the heartbeat waits for a newer event to arrive on the feed before it reloads the board.</summary>
    internal static readonly TimeSpan FeedGrace = TimeSpan.FromSeconds(2);

    [Parameter, EditorRequired]
    public string OfficeCode { get; set; } = "";

    [Parameter, EditorRequired]
    public StaffActor Actor { get; set; } = default!;

    [Inject]
    private RequestQueries Queries { get; set; } = default!;

    [Inject]
    private RequestService Requests { get; set; } = default!;

    [Inject]
    private IRequestFeed Feed { get; set; } = default!;

    [Inject]
    private OfficeDirectory Offices { get; set; } = default!;

    [Inject]
    private OfficeAccess Access { get; set; } = default!;

    [Inject]
    private CircuitConnection Connection { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private readonly Dictionary<string, RequestCard> _cards = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fresh = new(StringComparer.Ordinal);
    private readonly List<CardRun>?[] _runs = new List<CardRun>?[BoardColumns.All.Count];
    private int _nextRunId;
    private readonly List<RequestChanged> _pendingDuringLoad = [];
    private readonly CancellationTokenSource _stopping = new();
    private IDisposable? _subscription;
    private long _lastEventId;
    private bool _loading = true;
    private bool _renderScheduled;
    private long? _lastLiveRender;
    private bool _onlyMine;
    private DateTimeOffset _now;
    private DateTimeOffset _lastSync;
    private EventCallback<(RequestCard Card, BoardAction Action)> _onAction;
    private EventCallback<RequestCard> _onOpen;

    private bool CanRegisterWalkIn => Access.CanRegisterWalkIn(Actor, OfficeCode);

    protected override async Task OnInitializedAsync()
    {
        _now = Time.GetUtcNow();
        _onAction = EventCallback.Factory.Create<(RequestCard Card, BoardAction Action)>(this, HandleActionAsync);
        _onOpen = EventCallback.Factory.Create<RequestCard>(this, HandleOpenAsync);
        var followed = new List<string> { OfficeCode };
        followed.AddRange(Offices.ChildrenOf(OfficeCode));

        // The feed calls this on the thread that committed the change. Rendering there would make the
        // writer (an API request, a staff action) wait for every board of the office, so hand it off.
        _subscription = Feed.Subscribe(followed, change => ThreadPool.UnsafeQueueUserWorkItem(
            static state => state.Board.Dispatch(state.Change), (Board: this, Change: change), preferLocal: false));
        Connection.Reconnected += HandleReconnected;

        await ReloadAsync();
        _ = RunHeartbeatAsync(followed, _stopping.Token);
    }

    private void Dispatch(RequestChanged change) => _ = InvokeAsync(() => Receive(change));

    /// <summary>Sorts the shown cards into the columns in one pass, oldest first in each.</summary>
    private List<RequestCard>[] CardsByColumn()
    {
        var columns = new List<RequestCard>[BoardColumns.All.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = [];
        }

        foreach (var card in _cards.Values)
        {
            if (BoardColumns.IndexOf(card.Status) is var index and >= 0 && (!_onlyMine || card.AssigneeId == Actor.UserId))
            {
                columns[index].Add(card);
            }
        }

        foreach (var column in columns)
        {
            column.Sort(CardRuns.Compare);
        }

        return columns;
    }

    /// <summary>Splits a column into runs of cards, keeping the runs of the last render that did not change.</summary>
    private List<CardRun> RunsOf(int column, List<RequestCard> cards)
    {
        var runs = CardRuns.Split(cards, _runs[column], ref _nextRunId);
        _runs[column] = runs;
        return runs;
    }

    /// <summary>Replaces the board with the database's current state, then applies what arrived meanwhile.</summary>
    private async Task ReloadAsync()
    {
        _loading = true;
        var result = await Queries.GetBoardAsync(Actor, OfficeCode, _stopping.Token);
        if (!result.Succeeded)
        {
            _loading = false;
            Snackbar.Add(result.Message!, Severity.Error);
            return;
        }

        var snapshot = result.Value!;
        _cards.Clear();
        foreach (var card in snapshot.Cards)
        {
            _cards[card.TrackingCode] = card;
        }

        _lastEventId = snapshot.LastEventId;
        _loading = false;
        _lastSync = Time.GetUtcNow();

        var pending = _pendingDuringLoad.ToList();
        _pendingDuringLoad.Clear();
        foreach (var change in pending)
        {
            Apply(change);
        }

        StateHasChanged();
    }

    private void Receive(RequestChanged change)
    {
        if (_loading)
        {
            _pendingDuringLoad.Add(change);
            return;
        }

        if (Apply(change))
        {
            ScheduleRender();
        }
    }

    /// <summary>Applies a change at most once: a card only moves forward in version.</summary>
    private bool Apply(RequestChanged change)
    {
        _lastEventId = Math.Max(_lastEventId, change.EventId);
        var card = change.Card;
        if (_cards.TryGetValue(card.TrackingCode, out var known) && known.Version >= card.Version)
        {
            return false;
        }

        if (Queries.BelongsOnBoard(card, OfficeCode))
        {
            if (known is null)
            {
                _fresh.Add(card.TrackingCode);
            }

            _cards[card.TrackingCode] = card;
        }
        else if (!_cards.Remove(card.TrackingCode))
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// Renders at once when the last live render is at least <see cref="RenderWindow"/> old, otherwise once
    /// when the window ends, however many changes arrive meanwhile. A lone change is not held back, and a
    /// burst still costs at most one render per window.
    /// </summary>
    private void ScheduleRender()
    {
        if (_renderScheduled)
        {
            return;
        }

        var wait = _lastLiveRender is { } last ? RenderWindow - Time.GetElapsedTime(last) : TimeSpan.Zero;
        if (wait <= TimeSpan.Zero)
        {
            RenderLiveChanges();
            return;
        }

        _renderScheduled = true;
        _ = Task.Delay(wait, Time).ContinueWith(
            _ => InvokeAsync(() =>
            {
                _renderScheduled = false;
                RenderLiveChanges();
            }),
            TaskScheduler.Default);
    }

    /// <summary>
    /// Renders the applied changes. The cards' clock (<c>_now</c>) stays at the last heartbeat, so the cards
    /// that did not change skip their render. A new card's age and deadline are at most one heartbeat old.
    /// </summary>
    private void RenderLiveChanges()
    {
        _lastLiveRender = Time.GetTimestamp();
        _lastSync = Time.GetUtcNow();
        StateHasChanged();
    }

    private async Task RunHeartbeatAsync(IReadOnlyCollection<string> followed, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(HeartbeatInterval, Time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var latest = await Queries.GetLastEventIdAsync(followed, cancellationToken);
                if (latest > _lastEventId)
                {
                    // Under load a change committed just before the query is often still on its way through the
                    // feed. Give it time to arrive, so that a busy board does not reload for nothing.
                    await Task.Delay(FeedGrace, Time, cancellationToken);
                }

                await InvokeAsync(async () =>
                {
                    _now = Time.GetUtcNow();
                    if (latest > _lastEventId)
                    {
                        await ReloadAsync();
                    }
                    else
                    {
                        StateHasChanged();
                    }
                });
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The board was closed.
        }
    }

    private void HandleReconnected() => _ = InvokeAsync(ReloadAsync);

    private async Task HandleActionAsync((RequestCard Card, BoardAction Action) request)
    {
        string? note = null;
        if (request.Action.NeedsNote)
        {
            var parameters = new DialogParameters<NoteDialog>
            {
                { d => d.TrackingCode, request.Card.TrackingCode },
                { d => d.ActionLabel, request.Action.Label },
                { d => d.Prompt, NotePrompt(request.Action.Action) },
            };
            var dialog = await Dialogs.ShowAsync<NoteDialog>(request.Action.Label, parameters);
            var outcome = await dialog.Result;
            if (outcome is null || outcome.Canceled)
            {
                return;
            }

            note = outcome.Data as string;
        }

        var result = await Requests.ActAsync(Actor, request.Card.TrackingCode, request.Action.Action, note, request.Card.Version, _stopping.Token);
        if (result.Succeeded)
        {
            var card = result.Value!;
            Snackbar.Add($"{card.TrackingCode}: {RequestText.Status(card.Status)}.", Severity.Success);
            return;
        }

        Snackbar.Add(result.Message!, result.Status == ResultStatus.Conflict ? Severity.Warning : Severity.Error);
        if (result.Status == ResultStatus.Conflict)
        {
            await ReloadAsync();
        }
    }

    private async Task HandleOpenAsync(RequestCard card)
    {
        var parameters = new DialogParameters<RequestDetailsDialog>
        {
            { d => d.TrackingCode, card.TrackingCode },
            { d => d.Actor, Actor },
        };
        await Dialogs.ShowAsync<RequestDetailsDialog>($"Permohonan {card.TrackingCode}", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
    }

    private async Task HandleWalkInAsync()
    {
        var parameters = new DialogParameters<WalkInDialog>
        {
            { d => d.OfficeCode, OfficeCode },
            { d => d.Actor, Actor },
        };
        var dialog = await Dialogs.ShowAsync<WalkInDialog>("Permohonan Langsung", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var outcome = await dialog.Result;
        if (outcome is { Canceled: false, Data: string trackingCode })
        {
            Snackbar.Add($"Permohonan langsung terdaftar dengan kode {trackingCode}.", Severity.Success);
        }
    }

    private static string NotePrompt(RequestAction action) => action switch
    {
        RequestAction.Return => "Tuliskan apa yang harus diperbaiki warga. Warga membaca catatan ini.",
        RequestAction.Reject => "Tuliskan alasan penolakan. Warga membaca alasan ini.",
        _ => "Tuliskan siapa yang menandatangani surat secara manual dan kapan.",
    };

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        _subscription?.Dispose();
        Connection.Reconnected -= HandleReconnected;
    }
}

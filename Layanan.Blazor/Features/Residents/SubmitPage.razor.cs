using Layanan.Core.Access;
using Layanan.Core.Catalog;
using Layanan.Core.Data;
using Layanan.Core.Offices;
using Layanan.Core.Requests;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace Layanan.Blazor.Features.Residents;

public partial class SubmitPage
{
    [Inject]
    private OfficeDirectory Offices { get; set; } = default!;

    [Inject]
    private IDbContextFactory<LayananDbContext> DbFactory { get; set; } = default!;

    [Inject]
    private RequestService Requests { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "kantor")]
    private string? OfficeQuery { get; set; }

    [SupplyParameterFromQuery(Name = "layanan")]
    private string? ServiceQuery { get; set; }

    [SupplyParameterFromForm(FormName = "ajukan", Name = "Form")]
    private SubmitForm? PostedForm { get; set; }

    private SubmitForm Form => PostedForm ?? _emptyForm;

    private readonly SubmitForm _emptyForm = new();

    private List<ServiceDefinition> _services = [];
    private Office? _office;
    private ServiceDefinition? _service;
    private string? _summary;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();

    private string? SelectedOfficeCode => Form.OfficeCode ?? OfficeQuery;

    private string? SelectedServiceCode => Form.ServiceCode ?? ServiceQuery;

    /// <summary>One key per form shown: a double submit or a resent POST creates one request, not two.</summary>
    private string IdempotencyKey => Form.IdempotencyKey ?? Guid.NewGuid().ToString("N");

    protected override async Task OnInitializedAsync()
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        _services = await db.Services.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.SortOrder).ToListAsync();
        _office = Offices.Find(SelectedOfficeCode);
        _service = _services.FirstOrDefault(s => s.Code == SelectedServiceCode);
        if (_office?.Level == OfficeLevel.Kota)
        {
            _office = null;
        }
    }

    private string? Error(string key) => _errors.TryGetValue(key, out var messages) ? messages[0] : null;

    private async Task HandleSubmitAsync()
    {
        var input = new SubmitRequest
        {
            OfficeCode = Form.OfficeCode,
            ServiceCode = Form.ServiceCode,
            Nik = Form.Nik,
            Name = Form.Name,
            Address = Form.Address,
            Purpose = Form.Purpose,
            Phone = Form.Phone,
            Email = Form.Email,
            // A ticked box means "where I gave the contact"; only an unticked one is a firm no.
            NotifyByEmail = Form.WantsEmail ? null : false,
            NotifyByWhatsApp = Form.WantsWhatsApp ? null : false,
        };

        var result = await Requests.SubmitAsync(input, RequestChannel.Online, Form.IdempotencyKey);
        if (result.Succeeded)
        {
            Navigation.NavigateTo($"/lacak/{result.Value!.TrackingCode}?baru=1");
            return;
        }

        _summary = result.Message;
        _errors = result.Errors ?? new Dictionary<string, string[]>();
    }

    /// <summary>The posted form; every field stays as typed so a corrected form keeps what was entered.</summary>
    public sealed class SubmitForm
    {
        public string? OfficeCode { get; set; }

        public string? ServiceCode { get; set; }

        public string? IdempotencyKey { get; set; }

        public string? Nik { get; set; }

        public string? Name { get; set; }

        public string? Address { get; set; }

        public string? Purpose { get; set; }

        public string? Phone { get; set; }

        public string? Email { get; set; }

        /// <summary>
        /// Posted by a hidden field beside the checkboxes. A browser posts nothing for an unchecked box, so a
        /// missing box means "no" only when this marker shows the form with the boxes was sent.
        /// </summary>
        public bool ChoicesShown { get; set; }

        public bool? NotifyByEmail { get; set; }

        public bool? NotifyByWhatsApp { get; set; }

        /// <summary>Whether the resident wants email updates; checked until the resident unchecks it.</summary>
        public bool WantsEmail => !ChoicesShown || NotifyByEmail == true;

        public bool WantsWhatsApp => !ChoicesShown || NotifyByWhatsApp == true;
    }
}

using SellerConsole.Costing;

namespace SellerConsole.Tests.Costing;

/// <summary>Builds SKU cost definitions; defaults to an empty Large-Letter-sized parcel of 100 g.</summary>
internal sealed class SkuBuilder(string sku = "SKU-1")
{
    private readonly List<BomLine> _contents = [];
    private readonly List<PackagingLine> _packaging = [];
    private decimal _labourMinutes;
    private PackedParcel _parcel = new(100, new Dimensions(30m, 22m, 2m));
    private string? _service;

    public SkuBuilder Part(string code, decimal quantity, decimal waste = 0m) => With(() => _contents.Add(Line.Part(code, quantity, waste)));

    public SkuBuilder Kit(string code, decimal quantity, decimal waste = 0m) => With(() => _contents.Add(Line.Kit(code, quantity, waste)));

    public SkuBuilder Packaging(string code, decimal quantity = 1m) => With(() => _packaging.Add(new PackagingLine(code, quantity)));

    public SkuBuilder Labour(decimal minutes) => With(() => _labourMinutes = minutes);

    public SkuBuilder Parcel(int grams, decimal a, decimal b, decimal c) => With(() => _parcel = new PackedParcel(grams, new Dimensions(a, b, c)));

    public SkuBuilder Service(string service) => With(() => _service = service);

    public SkuCostDefinition Build() => new(sku, _contents.ToArray(), _packaging.ToArray(), _labourMinutes, _parcel, _service);

    private SkuBuilder With(Action change)
    {
        change();
        return this;
    }
}

/// <summary>Builds sale contexts; defaults to a standard-registered sale on <see cref="Dates.Sale"/>
/// under the seeded DIY &amp; Tools fees, free shipping, plan fee not allocated.</summary>
internal sealed class SaleBuilder
{
    private DateTime _date = Dates.Sale;
    private VatStatus _vat = new VatStatus.StandardRegistered();
    private FeeSchedule? _fees;
    private decimal _shipping;
    private int? _units;

    public SaleBuilder On(DateTime date) => With(() => _date = date);

    public SaleBuilder Vat(VatStatus vat) => With(() => _vat = vat);

    public SaleBuilder Fees(FeeSchedule fees) => With(() => _fees = fees);

    public SaleBuilder Shipping(decimal charge) => With(() => _shipping = charge);

    public SaleBuilder PlanSpreadOver(int units) => With(() => _units = units);

    public SaleContext Build() => new(_date, _vat, _fees ?? FeeScheduleSeed.DiyAndTools().AsOf(_date), _shipping, _units);

    private SaleBuilder With(Action change)
    {
        change();
        return this;
    }
}

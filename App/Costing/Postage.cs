namespace SellerConsole.Costing;

/// <summary>Outer dimensions in cm. A parcel fits in any orientation, so fitting compares sorted sides.</summary>
public readonly record struct Dimensions(decimal A, decimal B, decimal C)
{
    public bool FitsWithin(Dimensions limit)
    {
        var (p1, p2, p3) = Sorted();
        var (l1, l2, l3) = limit.Sorted();
        return p1 <= l1 && p2 <= l2 && p3 <= l3;
    }

    private (decimal, decimal, decimal) Sorted()
    {
        var (x, y, z) = (A, B, C);
        if (x < y) { (x, y) = (y, x); }
        if (y < z) { (y, z) = (z, y); }
        if (x < y) { (x, y) = (y, x); }
        return (x, y, z);
    }

    public override string ToString() => FormattableString.Invariant($"{A:0.##} x {B:0.##} x {C:0.##} cm");
}

/// <summary>A Royal Mail size format: the largest parcel and heaviest weight it accepts.</summary>
public sealed record PostageFormat(string Name, Dimensions MaxSize, int MaxWeightGrams)
{
    // Confirmed limits (domain-facts C, "Royal Mail formats").
    public static PostageFormat LargeLetter { get; } = new("Large Letter", new(35.3m, 25m, 2.5m), 750);

    public static PostageFormat SmallParcel { get; } = new("Small Parcel", new(45m, 35m, 16m), 2_000);

    public static PostageFormat MediumParcel { get; } = new("Medium Parcel", new(61m, 46m, 46m), 20_000);

    public bool Accepts(PackedParcel parcel) =>
        parcel.WeightGrams <= MaxWeightGrams && parcel.Size.FitsWithin(MaxSize);
}

/// <summary>
/// One cell of the seller's rate card: service x format x weight band (up to <paramref name="MaxWeightGrams"/>),
/// effective from a date. <paramref name="Price"/> is ex VAT; <paramref name="VatRate"/> is 0 (exempt) by
/// default because stamps are VAT-exempt; set it if the seller's contract postage is VAT-able.
/// </summary>
public sealed record PostageRate(
    string Service,
    PostageFormat Format,
    int MaxWeightGrams,
    DateTime EffectiveFrom,
    decimal Price,
    decimal VatRate = 0m)
{
    public CostAmount Cost => CostAmount.FromExVat(Price, VatRate);
}

/// <summary>The SKU as it leaves the bench: packed weight and outer dimensions.</summary>
public sealed record PackedParcel(int WeightGrams, Dimensions Size)
{
    public override string ToString() => $"{WeightGrams} g, {Size}";
}

/// <summary>The rate a parcel was priced at, and why (service, format, band).</summary>
public sealed record PostageChoice(PostageRate Rate)
{
    public string Label => $"{Rate.Service}, {Rate.Format.Name} up to {Rate.MaxWeightGrams} g";
}

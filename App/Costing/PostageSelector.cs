namespace SellerConsole.Costing;

/// <summary>
/// Picks the postage for a parcel on a date. Within one service and format the band that applies is
/// the lightest band the weight fits in (that is what Royal Mail charges); across services and formats
/// the cheapest counted cost wins (ties: service, then format, by name), unless a service is chosen.
/// A band whose every entry starts after the date does not exist yet and is skipped.
/// </summary>
public static class PostageSelector
{
    public static PostageChoice Choose(
        IReadOnlyList<PostageRate> rates, PackedParcel parcel, DateTime asOf, VatStatus vat, string? service = null)
    {
        EffectiveDating.RequireUtc(asOf, "as-of date");
        if (service is not null && rates.All(r => r.Service != service))
        {
            throw new CostingException($"Postage service '{service}' is not on the rate card.");
        }

        var current = rates
            .Where(r => r.EffectiveFrom <= asOf && (service is null || r.Service == service))
            .GroupBy(r => (r.Service, r.Format.Name, r.MaxWeightGrams))
            .Select(g => g.MaxBy(r => r.EffectiveFrom)!);

        var applicable = current
            .Where(r => r.Format.Accepts(parcel) && parcel.WeightGrams <= r.MaxWeightGrams)
            .GroupBy(r => (r.Service, r.Format.Name))
            .Select(g => g.MinBy(r => r.MaxWeightGrams)!)
            .OrderBy(r => vat.Counted(r.Cost))
            .ThenBy(r => r.Service, StringComparer.Ordinal)
            .ThenBy(r => r.Format.Name, StringComparer.Ordinal)
            .FirstOrDefault();

        if (applicable is null)
        {
            var scope = service is null ? "any postage service" : $"postage service '{service}'";
            throw new CostingException(
                $"No format or weight band of {scope} fits a parcel of {parcel} on {EffectiveDating.Format(asOf)}.");
        }
        return new PostageChoice(applicable);
    }
}

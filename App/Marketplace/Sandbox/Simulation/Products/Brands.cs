using SellerConsole.Marketplace.Sandbox.Simulation.Randomness;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Products;

/// <summary>
/// Invented brands (no real trade marks). Each has a 7-digit GS1 company prefix whose first digits
/// are a plausible country prefix (50 UK, 40-44 DE, 73 SE, 80 IT, 84 ES, 69 CN).
/// </summary>
internal sealed record Brand(string Name, string CompanyPrefix, bool IsOwn, string SkuPrefix);

internal static class Brands
{
    public static readonly IReadOnlyList<Brand> Own =
    [
        new("Ironvale", "5063412", true, ""),
        new("Brackenford", "5063413", true, ""),
        new("Taskwell", "5063414", true, ""),
    ];

    public static readonly IReadOnlyList<Brand> Resold =
    [
        new("Kovex", "4051736", false, "KVX-"),
        new("Holtmann", "4026218", false, "HLT-"),
        new("Durastrand", "5017741", false, "DUR-"),
        new("Severn Tools", "5024109", false, "SEV-"),
        new("Norberg", "7311520", false, "NRB-"),
        new("Veltra", "8015384", false, "VLT-"),
        new("Marlowe and Finch", "5055962", false, "MFN-"),
        new("Gritstone", "5031877", false, "GRT-"),
        new("Pennine Trade", "5060215", false, "PEN-"),
        new("Arkwell", "5029930", false, "ARK-"),
        new("Zhenda", "6921765", false, "ZHD-"),
        new("Ruvido", "8436047", false, "RUV-"),
    ];

    /// <summary>Brands that appear only on competitors' top-ranked listings.</summary>
    public static readonly IReadOnlyList<string> PeerOnly =
    [
        "Haldane", "Corvex", "Tresillian", "Ashgrove Pro", "Whitlock", "Brunel Works", "Quarryman", "Falkirk Tool Co",
    ];

    public static Brand Pick(DetRandom r, double ownShare) =>
        r.Chance(ownShare) ? r.Pick(Own) : r.Pick(Resold);
}

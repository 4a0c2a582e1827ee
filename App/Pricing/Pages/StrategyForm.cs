using SellerConsole.Pricing.Engine;

namespace SellerConsole.Pricing.Pages;

/// <summary>The strategy dialog's editable copy of a <see cref="RepricingStrategy"/> (records are immutable; forms bind to setters).</summary>
public sealed class StrategyForm
{
    public string Name { get; set; } = "";
    public StrategyKind Kind { get; set; } = StrategyKind.FeaturedOffer;
    public PositionMode PositionMode { get; set; } = PositionMode.BeatByPence;
    public decimal PositionAmount { get; set; } = 1;
    public AmazonPolicy Amazon { get; set; }
    public ChannelFilter Channel { get; set; }
    public double? MinFeedbackPercent { get; set; }
    public int? MinFeedbackCount { get; set; }
    public int? MaxDispatchHours { get; set; }
    public bool UkOnly { get; set; }
    public bool Upward { get; set; }
    public bool NeverLowerWhileWinning { get; set; }
    public NoCompetitionAction NoCompetition { get; set; }
    public decimal? NoCompetitionPrice { get; set; }
    public BelowFloorAction BelowFloor { get; set; }
    public SuppressedAction Suppressed { get; set; }
    public PriceEnding Ending { get; set; }
    public FloorBasis FloorBasis { get; set; }
    public decimal FloorValue { get; set; }
    public CeilingBasis CeilingBasis { get; set; }
    public decimal CeilingFactor { get; set; } = 2;
    public decimal? CeilingPrice { get; set; }
    public decimal? MaxStepUpPercent { get; set; }
    public decimal? MaxStepDownPercent { get; set; }
    public int? CooldownMinutes { get; set; }
    public int? MaxChangesPerDay { get; set; }
    public int? StaleAfterMinutes { get; set; }
    public decimal? AnomalyPercent { get; set; }
    public List<VelocityRow> VelocityRules { get; set; } = [];
    public List<ScheduleRow> Schedules { get; set; } = [];

    public static StrategyForm From(RepricingStrategy s) => new()
    {
        Name = s.Name, Kind = s.Kind, PositionMode = s.Position.Mode, PositionAmount = s.Position.Amount, Amazon = s.Amazon,
        Channel = s.Filter.Channel, MinFeedbackPercent = s.Filter.MinFeedbackPercent, MinFeedbackCount = s.Filter.MinFeedbackCount,
        MaxDispatchHours = s.Filter.MaxDispatchHours, UkOnly = s.Filter.UkOnly, Upward = s.Upward.Enabled, NeverLowerWhileWinning = s.Upward.NeverLowerWhileWinning,
        NoCompetition = s.Fallbacks.NoCompetition, NoCompetitionPrice = s.Fallbacks.NoCompetitionPricePence / 100m, BelowFloor = s.Fallbacks.BelowFloor,
        Suppressed = s.Fallbacks.Suppressed, Ending = s.Ending, FloorBasis = s.Floor.Basis, FloorValue = s.Floor.Basis == FloorBasis.FixedProfit ? s.Floor.Value / 100m : s.Floor.Value,
        CeilingBasis = s.Ceiling.Basis, CeilingFactor = s.Ceiling.Factor, CeilingPrice = s.Ceiling.Pence / 100m,
        MaxStepUpPercent = s.Guards.MaxStepUpPercent, MaxStepDownPercent = s.Guards.MaxStepDownPercent, CooldownMinutes = s.Guards.CooldownMinutes,
        MaxChangesPerDay = s.Guards.MaxChangesPerSkuPerDay, StaleAfterMinutes = s.Guards.StaleAfterMinutes, AnomalyPercent = s.Guards.AnomalyPercent,
        VelocityRules = s.VelocityRules.Select(VelocityRow.From).ToList(),
        Schedules = s.Schedules.Select(ScheduleRow.From).ToList(),
    };

    /// <summary>The strategy as entered; <see cref="StrategyValidator"/> says what is wrong with it.</summary>
    public RepricingStrategy ToStrategy()
    {
        var pence = (decimal? pounds) => pounds is { } p ? (long?)Math.Round(p * 100m, MidpointRounding.AwayFromZero) : null;
        return new RepricingStrategy(Name.Trim(), Kind)
        {
            Position = new Positioning(PositionMode, PositionAmount),
            Amazon = Amazon,
            Filter = new CompetitorFilter(Channel, MinFeedbackPercent, MinFeedbackCount, MaxDispatchHours, UkOnly),
            Upward = Upward ? new UpwardRepricing(true, NeverLowerWhileWinning: NeverLowerWhileWinning) : UpwardRepricing.Off with { NeverLowerWhileWinning = NeverLowerWhileWinning },
            Fallbacks = new ScenarioFallbacks(NoCompetition, pence(NoCompetitionPrice), BelowFloor, Suppressed),
            Ending = Ending,
            Floor = new FloorRule(FloorBasis, FloorBasis == FloorBasis.FixedProfit ? Math.Round(FloorValue * 100m) : FloorValue),
            Ceiling = new CeilingRule(CeilingBasis, CeilingFactor, pence(CeilingPrice)),
            Guards = new GuardSettings(null, MaxStepUpPercent, null, MaxStepDownPercent, CooldownMinutes, MaxChangesPerDay, StaleAfterMinutes, AnomalyPercent),
            VelocityRules = VelocityRules.Select(r => r.ToRule()).ToList(),
            Schedules = Schedules.Select(r => r.ToRule()).ToList(),
        };
    }
}

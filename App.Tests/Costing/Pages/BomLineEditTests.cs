using SellerConsole.Costing;
using SellerConsole.Costing.Pages;

namespace SellerConsole.Tests.Costing.Pages;

public sealed class BomLineEditTests
{
    [Fact]
    public void The_blank_line_a_new_kit_starts_with_is_not_an_error()
    {
        Assert.Empty(BomLineEdit.ToLines([new BomLineEdit()]));
        Assert.Empty(BomLineEdit.ToLines([new BomLineEdit()], draft: true));
    }

    [Fact]
    public void A_line_with_a_typed_quantity_but_no_code_is_refused_on_save_and_named()
    {
        var lines = new[] { new BomLineEdit { Code = "SCREW", Quantity = "4" }, new BomLineEdit { Quantity = "3" } };

        var error = Assert.Throws<CostingException>(() => BomLineEdit.ToLines(lines));

        Assert.Equal("Line 2: enter a component or kit code, or remove the line.", error.Message);
    }

    [Fact]
    public void A_draft_preview_costs_the_finished_lines_while_another_is_still_being_typed()
    {
        var lines = new[] { new BomLineEdit { Quantity = "3" }, new BomLineEdit { Code = " SCREW ", Quantity = "4", WastePercent = "5" } };

        var line = Assert.Single(BomLineEdit.ToLines(lines, draft: true));

        Assert.Equal(new BomLine(BomRef.Component("SCREW"), 4m, 0.05m), line);
    }
}

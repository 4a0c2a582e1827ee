using SellerConsole.Tests.Catalog;
using SellerConsole.Tests.Catalog.Sync;
using SellerConsole.Tests.Competition;
using SellerConsole.Tests.Costing.Api;
using SellerConsole.Tests.Costing.Import;
using SellerConsole.Tests.Costing.Margins;
using SellerConsole.Tests.Jobs;
using SellerConsole.Tests.Orders;
using SellerConsole.Tests.Scoring.Api;
using SellerConsole.Tests.Scoring.Data;
using SellerConsole.Tests.Support;
using Xunit.Abstractions;

namespace SellerConsole.Tests.Data.Postgres;

/// <summary>
/// The existing integration tests that run the most distinct queries (sync, costing, scoring, competition,
/// jobs, catalogue and order queries), run again unchanged with every app they start on its own PostgreSQL
/// database. A test added to those classes is not covered until it is listed here: the list keeps the
/// PostgreSQL half of CI to a few minutes.
/// </summary>
internal static class OnPostgres
{
    public static Task Pg(Func<Task> test) => TestDatabase.OnPostgresAsync(test);

    public static Task Pg<TFixture, TTests>(Func<TFixture> fixture, Func<TFixture, TTests> tests, Func<TTests, Task> test)
        where TFixture : IDisposable =>
        TestDatabase.OnPostgresAsync(async () =>
        {
            using var app = fixture();
            await test(tests(app));
        });
}

public sealed class SyncOnPostgresTests
{
    [Fact] public Task Catalogue_sync() => OnPostgres.Pg(() => new CatalogueSyncTests().The_catalogue_sync_brings_in_every_sandbox_listing_with_content_and_issues());
    [Fact] public Task Offers_sync() => OnPostgres.Pg(() => new MarketSyncTests().The_offers_sync_records_every_offer_and_who_holds_the_buy_box());
    [Fact] public Task Orders_sync() => OnPostgres.Pg(() => new MarketSyncTests().The_orders_sync_is_incremental_and_never_duplicates_an_order());
    [Fact] public Task Catalogue_filters_and_case_insensitive_search() => OnPostgres.Pg(() => new CatalogQueriesTests.SeededApp(), a => new CatalogQueriesTests(a), async t =>
    {
        await t.Buy_box_stock_and_issue_filters_combine();
        await t.Search_matches_sku_prefixes_asins_and_title_words("box OF 400", 75);
        await t.Search_matches_sku_prefixes_asins_and_title_words("sku-0012", 10);
        await t.Search_matches_sku_prefixes_asins_and_title_words("100%", 0);
    });
    [Fact] public Task Daily_sales() => OnPostgres.Pg(() => new OrderQueriesTests().Daily_sales_use_uk_days_zero_fill_gaps_and_skip_cancelled_orders());
}

public sealed class ScoringOnPostgresTests
{
    [Fact] public Task Scoring_rescore() => OnPostgres.Pg(() => new ScoringPersistenceTests().A_rescore_stores_each_listing_card_and_one_history_point_per_change());
    [Fact] public Task Scoring_list() => OnPostgres.Pg(() => new ScoringPersistenceTests().The_list_is_worst_first_and_filters_by_rule_and_severity());
    [Fact] public Task Scoring_settings() => OnPostgres.Pg(() => new ScoringPersistenceTests().Invalid_settings_are_refused_and_valid_ones_rescore_every_listing());
    [Fact] public Task Scoring_on_change() => OnPostgres.Pg(() => new RescoreOnChangeTests().A_drop_of_more_than_a_fifth_raises_one_alert_linking_to_the_listing());
    [Fact] public Task Scoring_api() => OnPostgres.Pg(() => new SharedAppFactory(), a => new ScoringApiTests(a), t => t.A_stored_listing_score_has_findings_benchmark_and_history_and_an_unknown_sku_is_404());
}

public sealed class CostingOnPostgresTests
{
    [Fact] public Task Costing_quote() => OnPostgres.Pg(() => new SharedAppFactory(), a => new CostingApiTests(a), t => t.A_quote_for_a_saved_sku_equals_the_calculator());
    [Fact] public Task Costing_sku_costs() => OnPostgres.Pg(() => new SharedAppFactory(), a => new CostingApiTests(a), t => t.Sku_costs_quote_at_the_listing_price_and_a_put_saves_a_definition());
    [Fact] public Task Margins_join() => OnPostgres.Pg(() => new MarginsQueryTests().Every_listing_is_joined_with_its_costs_and_flagged_for_missing_costs_losses_and_thin_margins());
    [Fact] public Task Margins_sort_and_search() => OnPostgres.Pg(() => new MarginsQueryTests().Rows_sort_by_computed_columns_with_empty_values_last_and_filter_by_flag_and_search());
}

/// <summary>Costing imports write with their own SQL (for speed); these run it, its rollback and the undo on PostgreSQL.</summary>
public sealed class CostingImportOnPostgresTests
{
    [Fact] public Task Components_import() => OnPostgres.Pg(() => new CostingImportTests().A_good_components_file_imports_and_exports_back_to_the_same_rows());
    [Fact] public Task Boms_xlsx_import() => OnPostgres.Pg(() => new CostingImportTests().An_exported_xlsx_of_boms_imports_into_another_database_unchanged());
    [Fact] public Task Sku_costs_import() => OnPostgres.Pg(() => new SkuImportTests().A_good_sku_costs_file_replaces_each_skus_definition_and_exports_back_to_the_same_rows());
    [Fact] public Task Postage_import() => OnPostgres.Pg(() => new PostageImportTests().Postage_rows_for_an_unknown_format_or_too_heavy_a_band_are_refused_and_a_good_card_replaces_the_examples());
    [Fact] public Task Failed_save_writes_nothing() => OnPostgres.Pg(() => new ImportSavingTests().A_database_error_half_way_through_saving_writes_nothing_and_records_no_import());
    [Fact] public Task Postage_and_sku_undo() => OnPostgres.Pg(() => new ImportSavingTests().Undoing_postage_and_sku_imports_puts_back_every_stored_value());
    [Fact] public Task Components_undo() => OnPostgres.Pg(() => new SharedAppFactory(), a => new ImportUndoTests(a), async t =>
    {
        await t.Undoing_a_components_import_restores_the_rows_it_updated_and_removes_the_rows_it_added();
        await t.Undoing_a_bom_import_gives_a_kit_back_the_lines_the_import_replaced();
        await t.An_undo_is_refused_and_names_the_codes_edited_since_the_import_and_changes_nothing();
    });
}

public sealed class CompetitionOnPostgresTests(ITestOutputHelper output)
{
    [Fact] public Task Competition_changes() => OnPostgres.Pg(() => new CompetitionApiTests().The_same_change_recorded_twice_is_stored_once_alerts_once_and_is_served_by_the_api());
    [Fact] public Task Competition_history() => OnPostgres.Pg(() => new CompetitionApiTests().Listing_history_keepa_status_and_the_openapi_document_are_served());
    [Fact] public Task Keepa_refresh() => OnPostgres.Pg(() => new KeepaRefreshTests().A_refresh_stores_sandbox_history_and_social_proof_and_never_overspends_the_bucket());
    [Fact] public Task Change_detection() => OnPostgres.Pg(() => new ChangeDetectionEndToEndTests(output).What_the_simulated_competitors_do_becomes_the_changes_the_simulation_shows_each_alerted_once_and_pushed_live());
    [Fact] public Task Jobs_api_backup_with_pg_dump() => OnPostgres.Pg(() => new JobsApiTests().Starting_the_backup_through_the_api_runs_it_records_it_and_audits_it());
    [Fact] public Task Job_runs() => OnPostgres.Pg(() => new JobRunnerTests().A_run_is_recorded_with_its_outcome_items_and_progress_events());
    [Fact] public Task Job_failures_alert() => OnPostgres.Pg(() => new JobRunnerTests().Three_failures_in_a_row_raise_one_alert_and_repeats_bump_it());
}

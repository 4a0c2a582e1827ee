using Npgsql;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Data;

public sealed class ThrowawayPostgresTests
{
    [Fact]
    public async Task Each_test_database_is_empty_and_apart_from_the_others()
    {
        var server = await ThrowawayPostgres.SharedAsync();
        var first = await server.CreateDatabaseAsync();
        var second = await server.CreateDatabaseAsync();
        Assert.NotEqual(first, second);

        await using (var a = new NpgsqlConnection(first))
        {
            await a.OpenAsync();
            await new NpgsqlCommand("CREATE TABLE probe (id int); INSERT INTO probe VALUES (1);", a).ExecuteNonQueryAsync();
        }

        await using var b = new NpgsqlConnection(second);
        await b.OpenAsync();
        var tables = (long)(await new NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", b).ExecuteScalarAsync())!;
        Assert.Equal(0, tables);
    }
}

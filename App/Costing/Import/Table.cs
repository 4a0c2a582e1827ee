namespace SellerConsole.Costing.Import;

/// <summary>One data row of an uploaded file: its row number in the file and its cells as text.</summary>
public sealed record TableRow(int Number, string[] Cells);

/// <summary>An uploaded sheet as text: the header row and the non-blank data rows.</summary>
public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<TableRow> Rows)
{
    /// <summary>How the file was read, when that is worth knowing (its encoding, its separator).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>No header and no rows: nothing but blank lines, or no bytes at all.</summary>
    public bool IsEmpty => Rows.Count == 0 && Header.All(string.IsNullOrWhiteSpace);

    /// <summary>
    /// Maps the expected columns to their positions (any order, any case). Missing, unknown and
    /// repeated columns are errors on row 1, since no row can be read without its columns.
    /// </summary>
    public IReadOnlyDictionary<string, int>? MapColumns(IReadOnlyList<string> expected, List<ImportError> errors)
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Header.Count; i++)
        {
            var name = Header[i].Trim();
            if (name.Length == 0)
            {
                continue;
            }
            if (!expected.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(new ImportError(1, name, $"Unknown column '{name}'. Expected: {string.Join(", ", expected)}."));
            }
            else if (!map.TryAdd(name, i))
            {
                errors.Add(new ImportError(1, name, $"Column '{name}' appears twice."));
            }
        }
        foreach (var column in expected.Where(c => !map.ContainsKey(c)))
        {
            errors.Add(new ImportError(1, column, $"Missing column '{column}'. Expected: {string.Join(", ", expected)}."));
        }
        return errors.Count == 0 ? map : null;
    }
}

namespace SellerConsole.Costing.Import;

/// <summary>
/// Finds kits that would contain themselves once the file's kits replace the saved ones, and blames
/// the file row that adds an edge of each loop (saved kits alone are loop-free, so every loop has one).
/// </summary>
internal static class BomLoops
{
    /// <summary>Deeper nesting is refused: the costing core recurses through kits.</summary>
    public const int MaxDepth = 64;

    public static void Report(IReadOnlyList<BomRow> rows, CostingCatalogue saved, List<ImportError> errors)
    {
        var fileEdges = rows.Where(r => r.Item.Kind == BomItemKind.Kit)
            .GroupBy(r => r.KitCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        IEnumerable<string> Children(string kit) => fileEdges.TryGetValue(kit, out var edges)
            ? edges.Select(e => e.Item.Code)
            : saved.Contains(BomRef.Kit(kit)) ? saved.Kit(kit).Lines.Where(l => l.Item.Kind == BomItemKind.Kit).Select(l => l.Item.Code) : [];

        var done = new HashSet<string>(StringComparer.Ordinal);
        var blamed = new HashSet<int>();
        foreach (var start in fileEdges.Keys.Order(StringComparer.Ordinal))
        {
            var tooDeep = false;
            Visit(start, [], done, Children, () => tooDeep = true, loop =>
            {
                // The first edge of the loop that the file adds is the row to fix.
                for (var i = 0; i + 1 < loop.Count; i++)
                {
                    if (fileEdges.TryGetValue(loop[i], out var edges) && edges.FirstOrDefault(e => e.Item.Code == loop[i + 1]) is { } row)
                    {
                        if (blamed.Add(row.Row))
                        {
                            errors.Add(new ImportError(row.Row, "ItemCode",
                                $"BOM loop: {string.Join(" -> ", loop.Select(k => $"Kit '{k}'"))}. A kit cannot contain itself."));
                        }
                        return;
                    }
                }
            });
            if (tooDeep)
            {
                var row = fileEdges[start][0].Row;
                errors.Add(new ImportError(row, "KitCode", $"Kit '{start}' nests kits more than {MaxDepth} levels deep."));
                return;
            }
        }
    }

    // Recursion is bounded by MaxDepth; the path is what the loop message needs.
    private static void Visit(string kit, List<string> path, HashSet<string> done, Func<string, IEnumerable<string>> children, Action tooDeep, Action<List<string>> onLoop)
    {
        if (done.Contains(kit))
        {
            return;
        }
        if (path.Count >= MaxDepth)
        {
            tooDeep();
            return;
        }
        var open = path.IndexOf(kit);
        if (open >= 0)
        {
            onLoop([.. path.Skip(open), kit]);
            return;
        }
        path.Add(kit);
        foreach (var child in children(kit).ToList())
        {
            Visit(child, path, done, children, tooDeep, onLoop);
        }
        path.RemoveAt(path.Count - 1);
        done.Add(kit);
    }
}

namespace SellerConsole.Bench;

/// <summary>
/// A benchmark run by <c>dotnet run -c Release -- bench [name]</c>. It prints its own figures.
/// Speed and memory targets live here, never in timed unit tests.
/// </summary>
public interface IBenchmark
{
    /// <summary>Short kebab-case name used on the command line, e.g. "scoring".</summary>
    string Name { get; }

    string Description { get; }

    Task RunAsync(TextWriter output, CancellationToken cancellationToken);
}

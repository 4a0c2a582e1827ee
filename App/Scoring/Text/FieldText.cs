namespace SellerConsole.Scoring.Text;

/// <summary>
/// One text field prepared once per score: null read as empty, the analysed head capped, and its words
/// (original case and lower case) ready for the rules.
/// </summary>
internal sealed class FieldText(string? raw, int maxAnalysedChars)
{
    private List<string>? words;
    private List<string>? lower;

    public string Full { get; } = raw ?? string.Empty;

    public string Head { get; } = TextMetrics.Head(raw ?? string.Empty, maxAnalysedChars);

    /// <summary>Tokenised on first use: not every field needs words. Instances live inside one Score call, never shared.</summary>
    public IReadOnlyList<string> Words => WordList;

    public IReadOnlyList<string> Lower => lower ??= WordList.ConvertAll(w => w.ToLowerInvariant());

    private List<string> WordList => words ??= Tokenizer.Words(Head);

    public bool IsBlank => string.IsNullOrWhiteSpace(Full);
}

namespace SellerConsole.Scoring.Text;

/// <summary>
/// One text field prepared once per score: null read as empty, the analysed head capped, and its words
/// (original case and lower case) ready for the rules.
/// </summary>
internal sealed class FieldText
{
    public FieldText(string? raw, int maxAnalysedChars)
    {
        Full = raw ?? string.Empty;
        Head = TextMetrics.Head(Full, maxAnalysedChars);
        var words = Tokenizer.Words(Head);
        Words = words;
        Lower = words.ConvertAll(w => w.ToLowerInvariant());
    }

    public string Full { get; }

    public string Head { get; }

    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<string> Lower { get; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Full);
}

using System.Collections.Frozen;

namespace SellerConsole.Scoring.Text;

/// <summary>The word lists the rules use, in one place so they can be reviewed and extended.</summary>
internal static class WordLists
{
    /// <summary>
    /// Amazon lets these repeat in a title: articles, prepositions and conjunctions (plus "&amp;"-style
    /// joiners sellers use, such as "x" in "10 x 20", "vs" and "per").
    /// </summary>
    public static readonly FrozenSet<string> ArticlesPrepositionsConjunctions = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the",
        "about", "above", "across", "after", "against", "along", "among", "around", "as", "at", "before",
        "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by", "down", "during",
        "except", "for", "from", "in", "inside", "into", "near", "of", "off", "on", "onto", "out", "outside",
        "over", "past", "per", "plus", "since", "than", "through", "to", "toward", "towards", "under",
        "until", "up", "upon", "via", "vs", "with", "within", "without", "x",
        "and", "but", "or", "nor", "so", "yet", "if", "because", "while", "whether", "both", "either", "neither",
    ], StringComparer.Ordinal);

    /// <summary>Words too common to count as a "term" when comparing with competitors.</summary>
    public static readonly FrozenSet<string> BenchmarkStopWords = ArticlesPrepositionsConjunctions
        .Concat(
        [
            "is", "are", "be", "been", "it", "its", "this", "that", "these", "those", "you", "your", "we", "our",
            "can", "will", "has", "have", "all", "any", "each", "more", "most", "not", "no", "which", "also",
            "other", "only", "use", "used", "using", "ideal", "perfect", "great", "easy", "new", "set", "pack",
            "pcs", "piece", "pieces", "mm", "cm", "m", "kg", "g", "v", "w", "uk",
            "one", "two", "three", "four", "five", "every", "less", "too", "very", "then", "there", "their", "they",
            "them", "when", "where", "what", "who", "how", "why", "just", "even", "much", "many", "such", "own",
            "same", "some", "few", "get", "gets", "make", "makes", "take", "takes", "keep", "keeps", "do", "does",
            "was", "were", "he", "she", "my", "me", "us", "i", "out", "so", "need", "needs", "like", "well",
        ])
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// All-caps words of four or more letters that are trade acronyms, not shouting. Shorter all-caps
    /// words ("LED", "SDS", "UK", "PVC") are always accepted as acronyms or units.
    /// </summary>
    public static readonly FrozenSet<string> Acronyms = FrozenSet.ToFrozenSet(
    [
        "hepa", "upvc", "rcbo", "ukca", "ansi", "nema", "osha", "coshh", "ptfe", "lidar", "wifi", "epdm",
        "hdpe", "ldpe", "sata", "bsen", "rohs", "weee",
    ], StringComparer.Ordinal);

    public static readonly PhraseList Promotional = new(
    [
        "best seller", "bestseller", "best selling", "top seller", "top rated", "number one",
        "free shipping", "free delivery", "free postage", "free p&p", "sale", "on sale", "discount", "discounted",
        "cheapest", "lowest price", "bargain", "clearance", "special offer", "limited offer", "limited time",
        "hot deal", "best deal", "deal of the day", "buy now", "100% guaranteed", "guaranteed", "money back",
    ]);

    /// <summary>Temporary or subjective claims Amazon bans from search terms (help 23501).</summary>
    public static readonly PhraseList TemporarySubjective = new(
    [
        "new", "newest", "latest", "now", "today", "on sale", "sale", "best", "cheapest", "cheap", "amazing",
        "awesome", "incredible", "best seller", "bestseller", "top rated", "limited time", "clearance",
    ]);

    /// <summary>Guarantee claims banned from bullets (Amazon notice of 13 Jul 2024).</summary>
    public static readonly PhraseList Guarantee = new(
    [
        "guarantee", "guaranteed", "guarantees", "money back", "moneyback", "risk free", "no quibble",
        "no questions asked",
    ]);

    /// <summary>Placeholder words Amazon removes bullets for ("N/A" is matched as text by the bullet rules).</summary>
    public static readonly FrozenSet<string> PlaceholderWords = FrozenSet.ToFrozenSet(["tbd", "tbc"], StringComparer.Ordinal);
}

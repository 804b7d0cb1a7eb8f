using System.Collections.Frozen;

namespace SearchPortal.Core.Language;

/// <summary>Frequent function words that tell English from German; words common to both ("in", "so", "was", "also") are left out on purpose.</summary>
internal static class FunctionWords
{
    public static readonly FrozenSet<string> English = FrozenSet.ToFrozenSet(
    [
        "the", "of", "and", "to", "a", "is", "that", "for", "it", "with", "as", "on", "are", "be", "by", "this",
        "from", "at", "or", "have", "has", "had", "not", "but", "were", "which", "their", "they", "been", "would",
        "its", "he", "she", "we", "you", "his", "her", "our", "there", "more", "about", "can", "who", "after",
        "than", "said", "into", "these", "other", "when", "what", "if", "should", "could", "them", "those",
        "over", "between", "while", "such", "up", "out", "new", "how", "my", "your", "do", "does", "did",
        "some", "any", "only", "most", "because", "during", "under", "both", "each", "where", "then", "being",
    ], StringComparer.Ordinal);

    public static readonly FrozenSet<string> German = FrozenSet.ToFrozenSet(
    [
        "der", "die", "das", "und", "ist", "nicht", "mit", "sich", "des", "auf", "für", "dem", "den", "ein",
        "eine", "einer", "eines", "einem", "einen", "zu", "von", "im", "auch", "es", "als", "wird", "werden",
        "wurde", "wurden", "sind", "hat", "haben", "bei", "nach", "aus", "sie", "er", "wir", "ich", "noch", "um",
        "über", "aber", "oder", "wie", "nur", "vor", "zum", "zur", "dass", "daß", "kann", "durch", "sein",
        "seine", "seiner", "ihre", "ihrer", "diese", "dieser", "diesem", "dieses", "mehr", "schon", "am",
        "gegen", "zwischen", "unter", "sowie", "doch", "wenn", "bis", "beim", "vom", "nun", "immer", "keine",
        "kein", "man", "gibt", "sei", "seit", "soll", "sollen", "habe", "müssen", "jetzt", "hatte", "worden",
    ], StringComparer.Ordinal);
}

namespace SearchPortal.Core.Vocabulary;

/// <summary>The archivist-edited vocabulary of countries, diplomatic formats and officials, with every spelling of each.</summary>
public sealed class FacetVocabulary
{
    public FacetVocabulary(IReadOnlyList<VocabularyEntry> countries, IReadOnlyList<VocabularyEntry> formats, IReadOnlyList<VocabularyEntry> officials)
    {
        Countries = countries;
        Formats = formats;
        Officials = officials;
    }

    public IReadOnlyList<VocabularyEntry> Countries { get; }

    public IReadOnlyList<VocabularyEntry> Formats { get; }

    public IReadOnlyList<VocabularyEntry> Officials { get; }
}

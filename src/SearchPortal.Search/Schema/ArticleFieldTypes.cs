using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace SearchPortal.Search.Schema;

/// <summary>How the analyzed text fields are indexed, beyond the defaults of <see cref="TextField"/>.</summary>
internal static class ArticleFieldTypes
{
    /// <summary>
    /// Body text (language chain and neutral): character offsets in the postings, so a snippet reads where the query
    /// terms are from the index instead of re-analysing the stored text. Titles keep <see cref="TextField"/>: they are
    /// never highlighted.
    /// </summary>
    public static readonly FieldType BodyText = CreateBodyText();

    /// <summary>
    /// Name keys and autocompletion's title words: matched as single terms only, so no positions (a fifth of the size
    /// of a positional field); no norms either, since a key match only ever ranks below the word as typed.
    /// </summary>
    public static readonly FieldType Terms = CreateTerms();

    private static FieldType CreateTerms()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED)
        {
            IndexOptions = IndexOptions.DOCS_AND_FREQS,
            OmitNorms = true,
        };
        type.Freeze();
        return type;
    }

    private static FieldType CreateBodyText()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED)
        {
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        };
        type.Freeze();
        return type;
    }
}

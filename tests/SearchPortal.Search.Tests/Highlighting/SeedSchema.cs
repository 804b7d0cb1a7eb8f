namespace SearchPortal.Search.Tests.Highlighting;

/// <summary>How <see cref="SeedIndex"/> writes its documents.</summary>
internal enum SeedSchema
{
    /// <summary>As ArticleDocumentFactory writes them: body offsets in the postings, the text as doc values.</summary>
    Current,

    /// <summary>As indexes written before that hold them: plain body text fields, the text only stored.</summary>
    WithoutOffsets,
}

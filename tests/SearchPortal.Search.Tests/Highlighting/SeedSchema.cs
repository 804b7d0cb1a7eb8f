namespace SearchPortal.Search.Tests.Highlighting;

/// <summary>How <see cref="SeedIndex"/> writes its documents.</summary>
internal enum SeedSchema
{
    /// <summary>As the indexer writes them: body offsets in the postings, the text as doc values.</summary>
    Current,

    /// <summary>As indexes written before that hold them: plain body text fields, the text only stored.</summary>
    WithoutOffsets,

    /// <summary>An older index updated with current documents: half the articles each way, merged into one segment.</summary>
    UpdatedAndMerged,
}

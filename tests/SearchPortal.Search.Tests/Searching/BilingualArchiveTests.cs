namespace SearchPortal.Search.Tests.Searching;

/// <summary>
/// Tests over English and German articles in one index: centralasia_en and frontpage_de indexed together by the
/// production rebuild, once for the fixture. A segment's articles of one language have no text in the other
/// language's fields.
/// </summary>
public abstract class BilingualArchiveTests() : SharedArchiveTests("centralasia_en", "frontpage_de");

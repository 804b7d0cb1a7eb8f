namespace SearchPortal.Search.Tests.Searching;

/// <summary>Tests over the shared centralasia_en corpus indexed by the production rebuild, once for the fixture.</summary>
public abstract class CentralAsiaArchiveTests() : SharedArchiveTests("centralasia_en");

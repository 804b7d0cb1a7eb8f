namespace SearchPortal.Core.Facets;

/// <summary>Where a facet value was found: the sentence's index in the article (the title first) and its character span.</summary>
internal readonly record struct MentionPlace(int Sentence, int Start, int End);

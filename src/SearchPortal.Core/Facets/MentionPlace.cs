namespace SearchPortal.Core.Facets;

/// <summary>
/// Where a facet value was found: the sentence's index in the article (the title first) and its character span;
/// <paramref name="Topic"/> when the words around it make it the topic of talks rather than a party ("the situation in
/// Syria", "the Syrian settlement"), see <see cref="TopicMention"/>.
/// </summary>
internal readonly record struct MentionPlace(int Sentence, int Start, int End, bool Topic = false);

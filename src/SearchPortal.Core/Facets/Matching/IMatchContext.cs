using SearchPortal.Core.Facets.Text;

namespace SearchPortal.Core.Facets.Matching;

/// <summary>A rule a <see cref="PhraseTrie"/> consults on the words around a candidate match before it counts.</summary>
internal interface IMatchContext
{
    /// <summary>True when words [start, end) of <paramref name="words"/> stand for <paramref name="terminal"/>'s entry here.</summary>
    bool Accepts(List<WordToken> words, int start, int end, PhraseTerminal terminal);
}

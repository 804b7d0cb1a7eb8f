using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Search.Searching;

/// <summary>
/// An exact phrase carrying the per-segment states of its terms, looked up already (<see cref="QueryTermStates"/>,
/// <see cref="PresentTerms"/>), so that making its weight looks nothing up: the phrase counterpart of
/// <see cref="ResolvedTermQuery"/>. Scores as Lucene's <see cref="PhraseQuery"/> with no slop.
/// </summary>
/// <remarks>
/// A vocabulary name is one phrase per spelling and field (64 spellings over six fields in a query naming twenty
/// places), and Lucene's phrase weight builds each term's <see cref="TermContext"/> anew, one enumerator per term and
/// segment, in every pass of a request: a third of such a request's CPU went there. Lucene's own exact phrase scorer is
/// internal, hence <see cref="AlignedPhraseScorer"/>.
/// </remarks>
internal sealed class ResolvedPhraseQuery : PhraseQuery
{
    private readonly TermContext[] states;

    /// <summary>
    /// The exact phrase <paramref name="phrase"/> (no slop) with its terms' states from <paramref name="states"/>, reading
    /// positions on <paramref name="loan"/>'s kept enumerators when there is one.
    /// </summary>
    public ResolvedPhraseQuery(PhraseQuery phrase, IReadOnlyDictionary<Term, TermContext> states, PostingsLoan? loan = null)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        ArgumentNullException.ThrowIfNull(states);
        if (phrase.Slop != 0)
        {
            throw new ArgumentException("Only an exact phrase (no slop) can be resolved.", nameof(phrase));
        }

        var terms = phrase.GetTerms();
        var positions = phrase.GetPositions();
        this.states = new TermContext[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            Add(terms[i], positions[i]);
            this.states[i] = states[terms[i]];
        }

        Boost = phrase.Boost;
        Loan = loan;
    }

    // The same phrase, states and loan, covered or not, with a token or none. The states are copied by place: a
    // phrase may hold a word twice ("Consultative Meeting of the Heads of State of Central Asia").
    private ResolvedPhraseQuery(ResolvedPhraseQuery phrase, bool covered, SpellingToken? token)
    {
        var terms = phrase.GetTerms();
        var positions = phrase.GetPositions();
        for (var i = 0; i < terms.Length; i++)
        {
            Add(terms[i], positions[i]);
        }

        states = [.. phrase.states];
        Boost = phrase.Boost;
        Loan = phrase.Loan;
        Covered = covered;
        Token = token;
    }

    /// <summary>The token the index may hold for this phrase; null when it holds none.</summary>
    internal SpellingToken? Token { get; }

    /// <summary>This phrase with <paramref name="token"/>.</summary>
    internal ResolvedPhraseQuery WithToken(SpellingToken token) => new(this, Covered, token);

    /// <summary>The request's kept postings enumerators; null to open fresh ones.</summary>
    internal PostingsLoan? Loan { get; }

    /// <summary>The looked-up states of the terms, in the order of <see cref="PhraseQuery.GetTerms"/>.</summary>
    internal IReadOnlyList<TermContext> States => states;

    /// <summary>
    /// Whether a sibling clause of this phrase's disjunction matches every document the phrase's terms all stand in (a
    /// term of the phrase, alone, in the same field), so that the phrase decides no match, only its share of the score,
    /// and its positions are read only for the documents a search scores (<see cref="AlignedPhraseScorer"/>).
    /// </summary>
    /// <remarks>
    /// A name expands to its spellings as phrases beside the word typed: "Biden" to "Joe Biden", "Joseph R. Biden" over
    /// six fields. In "biden passing" the conjunction asks the name's disjunction for each article holding "passing",
    /// and each phrase then checked the positions of every article holding its words up to there, most of which the
    /// conjunction never keeps: two thirds of that query's time at a million articles.
    /// </remarks>
    internal bool Covered { get; }

    /// <summary>This phrase, <see cref="Covered"/>.</summary>
    internal ResolvedPhraseQuery AsCovered() => Covered ? this : new ResolvedPhraseQuery(this, covered: true, Token);

    public override Query Rewrite(IndexReader reader) => states.Length switch
    {
        // As Lucene rewrites a phrase of one word, keeping the state looked up.
        1 => new ResolvedTermQuery(GetTerms()[0], states[0], Loan) { Boost = Boost },
        _ => base.Rewrite(reader),
    };

    public override Weight CreateWeight(IndexSearcher searcher) => new ResolvedPhraseWeight(this, searcher);
}

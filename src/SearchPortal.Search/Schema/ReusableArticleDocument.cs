using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchPortal.Core.Articles;
using SearchPortal.Core.Facets;

namespace SearchPortal.Search.Schema;

/// <summary>
/// The fields of one article document, refilled for each article by a single indexing thread: the one writer of the
/// documents the index stores, searches, sorts and counts, with the facets as their <see cref="FacetField"/> defines them.
/// </summary>
/// <remarks>
/// A Lucene field keeps the token stream it made for its last value. Fresh fields per article made every string,
/// facet and year field build a new token stream, and each attribute of it went through Lucene's class lookup under a
/// process-wide lock that the indexing threads queued on: about a tenth of the indexing CPU. Reused fields skip both.
/// Not thread-safe: one instance per indexing thread, and the fields are only valid until the next <see cref="Fill"/>.
/// </remarks>
internal sealed class ReusableArticleDocument
{
    private readonly List<IIndexableField> fields = new(48);
    private readonly Dictionary<(string Name, FieldKind Kind), List<Field>> pools = [];
    private readonly Dictionary<(string Name, FieldKind Kind), int> used = [];
    private readonly Dictionary<FacetField, List<Field[]>> facetPools = [];
    private readonly Dictionary<FacetField, int> facetsUsed = [];
    private readonly ArticleTextEncoder textEncoder = new();
    private readonly string? spellingFingerprint;
    private BinaryDocValuesField? textField;

    /// <param name="spellingFingerprint">The <see cref="Analysis.SpellingPhrases.Fingerprint"/> of the phrases the
    /// analyzer writes as tokens, marked on every article; null when it writes none.</param>
    public ReusableArticleDocument(string? spellingFingerprint = null) => this.spellingFingerprint = spellingFingerprint;

    /// <summary>Refills the fields for the article and returns them, ready for IndexWriter.AddDocument.</summary>
    public IReadOnlyList<IIndexableField> Fill(AnnotatedArticle annotated)
    {
        ArgumentNullException.ThrowIfNull(annotated);
        fields.Clear();
        used.Clear();
        facetsUsed.Clear();
        var article = annotated.Article;

        // Identity and display. Doc values carry what a result list shows, the text too for its snippets, so a page of
        // hits reads no stored fields (Lucene.Net decompresses a stored-fields chunk per document read: ~30 us). The
        // text is kept only there, deflated by itself (ArticleTextFormat): stored as well, it was compressed for nothing.
        Add(ArticleFields.Id, article.Id, FieldKind.String);
        Add(ArticleFields.Id, article.Id, FieldKind.Sorted);
        Add(ArticleFields.Title, article.Title, FieldKind.Stored);
        Add(ArticleFields.Title, article.Title, FieldKind.Binary);
        AddText(article.Text);
        // The hash only tells an update which articles changed: it is read from doc values, never stored.
        Add(ArticleFields.ContentHash, annotated.ContentHash, FieldKind.Binary);
        if (!string.IsNullOrEmpty(article.Url))
        {
            Add(ArticleFields.Url, article.Url, FieldKind.Stored);
        }

        if (article.Source is { Length: > 0 } source)
        {
            Add(ArticleFields.Source, source, FieldKind.Stored);
            Add(ArticleFields.Source, source, FieldKind.Sorted);
        }

        if (article.Date is { } date)
        {
            Add(ArticleFields.Date, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), FieldKind.Stored);

            // Undated articles get no value (it reads as 0): sorts can then send them last in both directions.
            AddNumber(ArticleFields.DateSort, ArticleDocumentFactory.DateSortKey(date), FieldKind.NumericDocValue);
        }

        // Analyzed text in the language's own chain. German text also goes through the neutral chain, so that a word
        // the German chain stems or splits differently from the query's reading is still found (worth 0.005 to 0.011
        // nDCG@10 on LegalQuAD and XQuAD-de). English text does not: the Porter chain already finds the unstemmed
        // forms, SciFact lost nothing without the neutral fields, and a second inversion of every English body was
        // about a quarter of the indexing CPU.
        var language = ArticleLanguage.IsKnown(article.Language) ? article.Language : ArticleLanguage.Unknown;
        var (titleField, bodyField) = ArticleFields.LanguageFields(language);
        var searchableTitle = ArticleDocumentFactory.IsDerivedTitle(article) ? null : article.Title;
        AddOptionalTitle(titleField, searchableTitle);
        Add(bodyField, article.Text, FieldKind.Body);
        if (titleField != ArticleFields.TitleNeutral)
        {
            AddOptionalTitle(ArticleFields.TitleNeutral, searchableTitle);
        }

        if (language == ArticleLanguage.German)
        {
            Add(ArticleFields.BodyNeutral, article.Text, FieldKind.Body);
        }

        if (searchableTitle is { Length: > 0 })
        {
            Add(ArticleFields.NameKey, searchableTitle, FieldKind.Terms);
            Add(ArticleFields.TitleWords, searchableTitle, FieldKind.Terms);
        }

        Add(ArticleFields.NameKey, article.Text, FieldKind.Terms);

        AddFacetValue(FacetFields.For(FacetDimension.Language), language);
        if (!string.IsNullOrEmpty(article.Category))
        {
            AddFacetValue(FacetFields.For(FacetDimension.Category), article.Category);
        }

        var facets = annotated.Facets;
        AddFacetValues(FacetFields.For(FacetDimension.Country), facets.Countries);
        AddFacetValues(FacetFields.For(FacetDimension.Format), facets.Formats);
        AddFacetValues(FacetFields.For(FacetDimension.Official), facets.Officials);
        if (facets.Year is { } year)
        {
            AddFacetValue(FacetFields.Year, year.Value);
        }

        Add(ArticleFields.Evidence, FacetEvidenceJson.Write(facets), FieldKind.Stored);
        if (spellingFingerprint is not null)
        {
            Add(ArticleFields.SpellingTokens, spellingFingerprint, FieldKind.Marker);
        }

        return fields;
    }

    private void AddText(string text)
    {
        var value = textEncoder.Encode(text);
        if (textField is null)
        {
            textField = new BinaryDocValuesField(ArticleFields.Text, value);
        }
        else
        {
            textField.SetBytesValue(value);
        }

        fields.Add(textField);
    }

    private void AddOptionalTitle(string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Add(field, value, FieldKind.Title);
        }
    }

    /// <summary>The about-values into the dimension's field, every value into its field widened to mentions.</summary>
    private void AddFacetValues(FacetField field, IReadOnlyList<FacetValue> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i].Value;
            if (IsRepeat(values, i, value))
            {
                continue;
            }

            if (values[i].IsAbout)
            {
                AddFacetValue(field, value);
            }

            if (field.WithMentions is { } widened)
            {
                AddFacetValue(widened, value);
            }
        }
    }

    private static bool IsRepeat(IReadOnlyList<FacetValue> values, int index, string value)
    {
        for (var j = 0; j < index; j++)
        {
            if (string.Equals(values[j].Value, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void AddFacetValue(FacetField facet, string value)
    {
        if (!facetPools.TryGetValue(facet, out var pool))
        {
            facetPools[facet] = pool = [];
        }

        var index = facetsUsed.GetValueOrDefault(facet);
        facetsUsed[facet] = index + 1;
        Field[] made;
        if (index < pool.Count)
        {
            made = pool[index];
            facet.Refill(made, value);
        }
        else
        {
            made = facet.NewFields(value);
            pool.Add(made);
        }

        fields.AddRange(made);
    }

    private void Add(string name, string value, FieldKind kind)
    {
        var (field, fresh) = Next(name, kind);
        switch (kind)
        {
            case FieldKind.Sorted or FieldKind.Binary:
                if (fresh)
                {
                    // The field was made with this value's bytes already.
                    break;
                }

                field.SetBytesValue(new BytesRef(value));
                break;
            default:
                if (!fresh)
                {
                    field.SetStringValue(value);
                }

                break;
        }

        fields.Add(field);

        (Field, bool) Next(string n, FieldKind k)
        {
            var key = (n, k);
            var pool = Pool(key);
            var index = used.GetValueOrDefault(key);
            used[key] = index + 1;
            if (index < pool.Count)
            {
                return (pool[index], false);
            }

            var made = Create(n, value, k);
            pool.Add(made);
            return (made, true);
        }
    }

    private void AddNumber(string name, long value, FieldKind kind)
    {
        var key = (name, kind);
        var pool = Pool(key);
        var index = used.GetValueOrDefault(key);
        used[key] = index + 1;
        Field field;
        if (index < pool.Count)
        {
            field = pool[index];
            field.SetInt64Value(value);
        }
        else
        {
            field = new NumericDocValuesField(name, value);
            pool.Add(field);
        }

        fields.Add(field);
    }

    private List<Field> Pool((string Name, FieldKind Kind) key)
    {
        if (!pools.TryGetValue(key, out var pool))
        {
            pool = [];
            pools[key] = pool;
        }

        return pool;
    }

    private static Field Create(string name, string value, FieldKind kind) => kind switch
    {
        FieldKind.String => new StringField(name, value, Field.Store.YES),
        FieldKind.Marker => new StringField(name, value, Field.Store.NO),
        FieldKind.Sorted => new SortedDocValuesField(name, new BytesRef(value)),
        FieldKind.Binary => new BinaryDocValuesField(name, new BytesRef(value)),
        FieldKind.Stored => new StoredField(name, value),
        FieldKind.Title => new TextField(name, value, Field.Store.NO),
        FieldKind.Body => new Field(name, value, ArticleFieldTypes.BodyText),
        FieldKind.Terms => new Field(name, value, ArticleFieldTypes.Terms),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a string field"),
    };

    private enum FieldKind
    {
        String,
        Sorted,
        Binary,
        Stored,
        Title,
        Body,
        Terms,
        Marker,
        NumericDocValue,
    }
}

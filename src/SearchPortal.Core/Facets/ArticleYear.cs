using System.Globalization;

namespace SearchPortal.Core.Facets;

/// <summary>The year facet of an article: its metadata date's year, else the first full date in its text, with that date as evidence.</summary>
internal static class ArticleYear
{
    public static FacetValue? Find(DateOnly? articleDate, List<SentenceWords> sentences, out DateOnly? textDate)
    {
        textDate = null;
        string? evidence = null;

        // One scan per sentence is the simple way to know where the date stands; skip sentences without a digit.
        foreach (var sentence in sentences)
        {
            if (sentence.Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && TextDateFinder.FindFirst(sentence.Text) is { } found)
            {
                textDate = found.Date;
                evidence = EvidenceCollector.Excerpt(sentence.Text, found.Start, found.End);
                break;
            }
        }

        var date = articleDate ?? textDate;
        if (date is not { } value)
        {
            return null;
        }

        // The metadata date wins; the text date is evidence only when it is the same day.
        IReadOnlyList<string> evidenceList = evidence is not null && textDate == value ? [evidence] : [];
        return new FacetValue(
            value.Year.ToString(CultureInfo.InvariantCulture),
            value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            evidenceList);
    }
}

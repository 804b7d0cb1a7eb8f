using Lucene.Net.Analysis.Standard;

namespace SearchPortal.Search.Analysis;

/// <summary>
/// One thread's memory of the texts it tokenized last: a title and a body each go through several chains (their
/// language's, the neutral one, the name keys, the title words), and each chain asking for a text the memory holds gets
/// its tokens without another scan.
/// </summary>
/// <remarks>
/// StandardTokenizer was the dearest single step of analysis, and an article's body went through it two or three times,
/// its title four. Lucene inverts a document's fields in the order of their names, so the chains of one article
/// alternate between its body and its title: two texts remembered cover both. A text is recognised by its characters,
/// not by reference, so the memory can never answer with another text's tokens.
/// </remarks>
internal sealed class TokenMemory
{
    private const int Remembered = 2;

    private readonly TokenRecording[] recordings = [new(), new()];
    private readonly long[] lastUsed = new long[Remembered];
    private readonly StandardTokenizer tokenizer = new(ArticleAnalyzer.Version, TextReader.Null);
    private long uses;

    /// <summary>The tokens of <paramref name="text"/>, tokenizing it only when it is not one of the texts remembered.</summary>
    public TokenRecording Recall(ReadOnlySpan<char> text)
    {
        uses++;
        var oldest = 0;
        for (var i = 0; i < Remembered; i++)
        {
            var recording = recordings[i];
            if (recording.TextLength == text.Length && lastUsed[i] > 0 && recording.Text.SequenceEqual(text))
            {
                lastUsed[i] = uses;
                return recording;
            }

            if (lastUsed[i] < lastUsed[oldest])
            {
                oldest = i;
            }
        }

        var made = recordings[oldest];

        // Forgotten while it is rewritten, so that a failed recording is never recalled.
        lastUsed[oldest] = 0;
        made.Record(text, tokenizer);
        lastUsed[oldest] = uses;
        return made;
    }
}

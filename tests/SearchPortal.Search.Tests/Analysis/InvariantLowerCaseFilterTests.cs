using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;
using SearchPortal.Search.Analysis;

namespace SearchPortal.Search.Tests.Analysis;

public class InvariantLowerCaseFilterTests
{
    [Test]
    public void Agrees_with_Lucene_LowerCaseFilter_on_every_character()
    {
        // Each BMP character (and a few supplementary ones) inside an ASCII word and on its own: one token per line.
        var text = new StringBuilder();
        for (var c = 1; c <= 0xFFFF; c++)
        {
            if (char.IsSurrogate((char)c) || c == '\n')
            {
                continue;
            }

            text.Append("Ab").Append((char)c).Append("Cd\n").Append((char)c).Append('\n');
        }

        foreach (var codePoint in new[] { 0x10400, 0x1D400, 0x1E900, 0x1F600 })
        {
            text.Append("X").Append(char.ConvertFromUtf32(codePoint)).Append("Y\n");
        }

        var input = text.ToString();
        var ours = Terms(new LineAnalyzer(stream => new InvariantLowerCaseFilter(stream)), input);
        var lucenes = Terms(new LineAnalyzer(stream => new LowerCaseFilter(LuceneVersion.LUCENE_48, stream)), input);

        Assert.That(ours, Has.Count.EqualTo(lucenes.Count).And.Count.GreaterThan(100_000));
        Assert.That(ours, Is.EqualTo(lucenes));
    }

    [Test]
    public void Lowers_English_and_German_words()
    {
        var analyzer = new LineAnalyzer(stream => new InvariantLowerCaseFilter(stream));

        Assert.That(Terms(analyzer, "NATO Summit\nÄUSSERE Angelegenheiten\nΟΔΟΣ"), Is.EqualTo(new[] { "nato summit", "äussere angelegenheiten", "οδοσ" }));
    }

    private static List<string> Terms(Analyzer analyzer, string text) => AnalyzedToken.Terms(analyzer, "f", text);

    /// <summary>One token per line, so each test string reaches the filter whole.</summary>
    private sealed class LineAnalyzer(Func<TokenStream, TokenStream> filter) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new LineTokenizer(reader);
            return new TokenStreamComponents(tokenizer, filter(tokenizer));
        }
    }

    private sealed class LineTokenizer(TextReader reader) : Lucene.Net.Analysis.Util.CharTokenizer(LuceneVersion.LUCENE_48, reader)
    {
        protected override bool IsTokenChar(int c) => c != '\n';
    }
}

using SearchPortal.Search.Highlighting;

namespace SearchPortal.Search.Tests.Highlighting;

public sealed class SnippetWindowsTests
{
    private static readonly string[] Texts =
    [
        "First sentence. Second one! Third? \"Quoted end.\" Next line\nnew paragraph… and more text here. " +
        string.Concat(Enumerable.Repeat("A long run of words without any sentence end ", 20)) + "final words.",
        "No sentence end at all " + string.Concat(Enumerable.Repeat("word ", 150)),
        "Dots.inside.words and 3.5 percent. Then \"quotes.\" Then (parens.) End",
    ];

    [Test]
    public void Windows_cut_around_a_range_are_the_whole_text_windows_that_reach_into_it()
    {
        var texts = Texts.Concat(SeedIndex.LoadSeeds().Select(a => a.Text));
        foreach (var text in texts)
        {
            var all = SnippetWindows.Candidates(text, text.Length);
            for (var first = 0; first < text.Length; first += 97)
            {
                var last = Math.Min(text.Length, first + 1 + (first % 400));

                var around = SnippetWindows.Candidates(text, text.Length, first, last);

                var reaching = all.Where(w => w.End > first && w.Start < last);
                Assert.That(around, Is.SupersetOf(reaching), $"[{first}, {last}) of \"{text[..30]}…\"");
                Assert.That(all, Is.SupersetOf(around.Where(w => w.Start <= first)), "windows starting before the range are whole-text windows");
            }
        }
    }

    [Test]
    public void Every_window_is_at_most_the_maximum_length_and_starts_at_a_sentence()
    {
        var windows = SnippetWindows.Candidates(Texts[0], Texts[0].Length);

        Assert.That(windows.Select(w => w.Length), Has.All.InRange(1, SnippetWindows.MaxWindow));
        Assert.That(windows.Select(w => Texts[0][w.Start..].Split(' ')[0]), Does.Contain("Second").And.Contain("Third?").And.Contain("new"));
    }
}

using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SearchPortal.Web.Tests.Export;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>The article page marks a name the query found only through its spelling key, on the real Central Asia corpus.</summary>
public class ArticleNameKeyMarkingTests : CentralAsiaPortal
{
    [Test]
    public async Task Coming_from_a_search_for_another_romanisation_marks_the_name_as_the_article_writes_it()
    {
        // "Kijev" is in no dictionary or vocabulary: only the spelling key joins it to the "Kiev" the article writes.
        var id = Records.Where(r => Regex.IsMatch(r.Value.GetProperty("text").GetString()!, @"\bKiev\b")).Select(r => r.Key).Order(StringComparer.Ordinal).First();

        using var response = await Client.GetAsync($"/articles/{Uri.EscapeDataString(id)}?q=Kijev");
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        var marks = page.QuerySelectorAll(".article__text mark").Select(m => m.TextContent).ToList();
        Assert.That(marks, Is.Not.Empty);
        Assert.That(marks, Is.All.EqualTo("Kiev"));
    }
}

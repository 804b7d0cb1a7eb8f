using System.Net;

namespace SearchPortal.Web.Tests.Export;

public class ExportCapTests : CentralAsiaPortal
{
    private protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["SearchPortal:MaxExportHits"] = "25" };

    [Test]
    public async Task An_export_stops_at_the_configured_cap_and_says_how_many_matched()
    {
        using var response = await Client.GetAsync("/export.csv");
        var rows = CsvReading.Rows(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(rows, Has.Count.EqualTo(1 + 25));
        Assert.That(response.Headers.GetValues("X-Exported-Count").Single(), Is.EqualTo("25"));
        Assert.That(response.Headers.GetValues("X-Total-Count").Single(), Is.EqualTo(Records.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}

using Microsoft.Playwright;
using SearchPortal.Web.Tests.Support;

namespace SearchPortal.Web.Tests.Browser;

/// <summary>Debian's chromium, headless, driven by Playwright against the live portal; one browser per fixture, one page per test.</summary>
public abstract class BrowserFixture
{
    private const string Chromium = "/usr/bin/chromium";

    private LivePortal portal = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;
    private IBrowserContext context = null!;

    protected IPage Page { get; private set; } = null!;

    /// <summary>Console errors seen by the page, Content-Security-Policy violations among them.</summary>
    protected List<string> ConsoleErrors { get; } = [];

    protected string Url(string path) => portal.BaseAddress + path;

    protected static string ScreenshotPath(string name)
    {
        Directory.CreateDirectory("/tmp/screens");
        return Path.Combine("/tmp/screens", name + ".png");
    }

    [OneTimeSetUp]
    public async Task StartBrowser()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Ignore("Browser tests need Debian's chromium at " + Chromium + " (apt-get install -y chromium).");
        }

        portal = new LivePortal();
        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    [SetUp]
    public async Task OpenPage()
    {
        context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        Page = await context.NewPageAsync();
        Page.SetDefaultTimeout(15_000);
        ConsoleErrors.Clear();
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add(message.Text);
            }
        };
    }

    [TearDown]
    public async Task ClosePage()
    {
        if (context is not null)
        {
            await context.CloseAsync();
        }
    }

    [OneTimeTearDown]
    public async Task StopBrowser()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        portal?.Dispose();
    }
}

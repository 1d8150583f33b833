using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace LocalGov.BrowserTests;

/// <summary>
/// The real app on Kestrel (a free loopback port) over a fresh SQLite file with the demo data, plus one
/// headless Chromium driven by Debian's ChromeDriver. Shared by every browser test (one collection), so the
/// server and the browser start once per test run.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ChromeDriverDirectory = "/usr/bin";
    public const string ChromeDriverFile = "chromedriver";

    private readonly string _workDirectory = Path.Combine(Path.GetTempPath(), "localgov-browser-" + Guid.NewGuid().ToString("N"));
    private LocalGovAppFactory? _factory;
    private ChromeDriver? _driver;

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IWebDriver Driver => _driver ?? throw new InvalidOperationException("The browser fixture did not start.");

    /// <summary>Where failing tests leave screenshots: TestResults/screenshots at the repository root.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(FindRepositoryRoot(), "TestResults", "screenshots");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_workDirectory);
        var watch = Stopwatch.StartNew();

        // .NET 10's WebApplicationFactory can host the app on Kestrel: port 0 binds http://127.0.0.1:0 and
        // StartServer() then reports the port Kestrel picked through ClientOptions.BaseAddress.
        var databasePath = Path.Combine(_workDirectory, "browser.db");
        _factory = new LocalGovAppFactory(_workDirectory);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;
        if (BaseAddress.IsDefaultPort)
        {
            throw new InvalidOperationException($"Kestrel did not report its port (base address {BaseAddress}).");
        }

        if (!File.Exists(databasePath))
        {
            throw new InvalidOperationException($"The app did not create its database at {databasePath}: the test configuration was not applied.");
        }

        _driver = StartChromium(Path.Combine(_workDirectory, "chromium-profile"));
        Console.WriteLine($"Browser fixture: app on {BaseAddress}, Chromium ready in {watch.ElapsedMilliseconds} ms");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        try
        {
            _driver?.Quit();
        }
        catch (WebDriverException)
        {
            // The browser is gone already; nothing to close.
        }

        _driver?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Saves a PNG of the browser (and the page's HTML) for a failed test; never throws.</summary>
    public void SaveFailureArtifacts(string name)
    {
        if (_driver is null)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(ScreenshotDirectory);
            var safeName = string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_'));
            var path = Path.Combine(ScreenshotDirectory, safeName + ".png");
            _driver.GetScreenshot().SaveAsFile(path);
            File.WriteAllText(Path.ChangeExtension(path, ".html"), $"<!-- {_driver.Url} -->\n{_driver.PageSource}");
            Console.WriteLine($"Screenshot of the failed test: {path}");
        }
        catch (Exception ex) when (ex is WebDriverException or IOException or UnauthorizedAccessException)
        {
            Console.WriteLine($"Could not save a screenshot for {name}: {ex.Message}");
        }
    }

    private static ChromeDriver StartChromium(string profileDirectory)
    {
        if (!File.Exists(ChromiumPath) || !File.Exists(Path.Combine(ChromeDriverDirectory, ChromeDriverFile)))
        {
            throw new InvalidOperationException(
                $"{ChromiumPath} and {ChromeDriverDirectory}/{ChromeDriverFile} are needed: run scripts/test.sh, which installs " +
                "Debian's chromium, chromium-driver and fonts-thai-tlwg when they are missing.");
        }

        // Both paths are given, so Selenium Manager never runs (it would try to download a driver).
        var service = ChromeDriverService.CreateDefaultService(ChromeDriverDirectory, ChromeDriverFile);
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;

        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            $"--user-data-dir={profileDirectory}",
            "--window-size=1280,900",
            "--lang=th-TH");

        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(90));
        var timeouts = driver.Manage().Timeouts();
        timeouts.PageLoad = TimeSpan.FromSeconds(60);
        timeouts.AsynchronousJavaScript = TimeSpan.FromSeconds(30);
        // No implicit wait: tests wait for what they expect with WebDriverWait, and counting rows must not stall.
        timeouts.ImplicitWait = TimeSpan.Zero;
        return driver;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LocalGov.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

/// <summary>
/// The web app as the browser tests configure it: environment Testing, its own SQLite file (and log folder)
/// in <paramref name="workDirectory"/>, demo data, plain http.
/// </summary>
public sealed class LocalGovAppFactory(string workDirectory) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Host settings reach Program before it reads its configuration (WebApplicationFactory passes them as
        // command-line arguments), so the data services see this connection string.
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:LocalGov", $"Data Source={Path.Combine(workDirectory, "browser.db")}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Https:Redirect", "false");
        builder.UseSetting("Benchmarking:Recompute:Enabled", "false");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(workDirectory, "logs", "localgov-.log"));
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

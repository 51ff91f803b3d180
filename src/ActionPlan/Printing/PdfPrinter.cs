using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace ActionPlan.Printing;

/// <summary>
/// Prints pages of a built site to PDF through the machine's own Chromium (its DevTools protocol, through
/// PuppeteerSharp; no browser is downloaded): A4 with the print stylesheet, the page's title and the issuing body at the head
/// of each page, the year and page numbers at its foot, tagged for screen readers with the page's language, and an
/// outline from the headings. The page is served to Chromium from the output folder itself, on an address that
/// never reaches a network. The date and identifiers Chromium stamps on each file are replaced by ones made from
/// the document, so the same content gives the same bytes.
/// </summary>
public static partial class PdfPrinter
{
    // Served only through interception: ".invalid" never resolves, so nothing can leave the machine.
    private const string Origin = "http://actionplan.invalid";

    /// <summary>The places Chromium is installed by the usual packages, first found first; <c>ACTIONPLAN_CHROMIUM</c> names another.</summary>
    public static readonly IReadOnlyList<string> KnownPlaces =
    [
        "/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
        "/Applications/Chromium.app/Contents/MacOS/Chromium", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe", @"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
    ];

    /// <summary>The Chromium to print with, or null when none is installed.</summary>
    public static string? FindChromium() =>
        Environment.GetEnvironmentVariable("ACTIONPLAN_CHROMIUM") is { Length: > 0 } named ? (File.Exists(named) ? named : null) : KnownPlaces.FirstOrDefault(File.Exists);

    /// <summary>The cache of printed documents, in the build's cache folder (<c>.actionplan/</c>).</summary>
    public const string CacheFolder = "pdf";

    // Part of every cached name: a change to how documents are printed or settled must not reuse the old ones.
    private const string Method = "print1";

    /// <summary>
    /// Prints each job from the site in <paramref name="folder"/> (served under <paramref name="basePath"/>); returns
    /// each PDF's bytes by output path. A document already printed from the same page, stylesheets and scripts by the
    /// same Chromium is taken from <paramref name="cacheFolder"/>: printing takes seconds, a rebuild should not.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, byte[]>> PrintAsync(string chromium, string folder, string basePath, IReadOnlyList<PrintJob> jobs, string cacheFolder, CancellationToken cancellation)
    {
        var printed = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var keys = jobs.ToDictionary(j => j, j => Path.Combine(cacheFolder, Key(chromium, folder, j) + ".pdf"));
        var toPrint = new List<PrintJob>();
        foreach (var job in jobs)
        {
            if (File.Exists(keys[job]))
            {
                printed[job.PdfOutputPath] = await File.ReadAllBytesAsync(keys[job], cancellation);
            }
            else
            {
                toPrint.Add(job);
            }
        }

        if (toPrint.Count == 0)
        {
            return printed;
        }

        var profile = Directory.CreateTempSubdirectory("actionplan-chromium-");
        try
        {
            await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                UserDataDir = profile.FullName,
                Args =
                [
                    // As root (CI, containers) Chromium will not start sandboxed; the pages are the site's own.
                    .. Environment.UserName == "root" ? new[] { "--no-sandbox" } : [],
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-extensions", "--font-render-hinting=none",
                ],
            });
            foreach (var job in toPrint)
            {
                cancellation.ThrowIfCancellationRequested();
                var pdf = Settle(await PrintAsync(browser, folder, basePath, job), job);
                printed[job.PdfOutputPath] = pdf;
                Directory.CreateDirectory(cacheFolder);
                var temporary = $"{keys[job]}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
                await File.WriteAllBytesAsync(temporary, pdf, cancellation);
                File.Move(temporary, keys[job], overwrite: true);
            }
        }
        finally
        {
            profile.Delete(recursive: true);
        }

        return printed;
    }

    /// <summary>
    /// What a document is printed from: the page, the site's stylesheets and scripts (the report's images are drawn in
    /// the page), the job, and the Chromium (its program's size and time stand for its version).
    /// </summary>
    private static string Key(string chromium, string folder, PrintJob job)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        var program = new FileInfo(chromium);
        Add(Method);
        Add(string.Create(CultureInfo.InvariantCulture, $"{program.FullName} {program.Length} {program.LastWriteTimeUtc.Ticks}"));
        Add(job.ToString());
        hash.AppendData(File.ReadAllBytes(Path.Combine(folder, job.PageOutputPath)));
        var assets = Path.Combine(folder, "assets");
        foreach (var file in Directory.Exists(assets) ? Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
        {
            Add(Path.GetRelativePath(folder, file));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..40];
    }

    private static async Task<byte[]> PrintAsync(IBrowser browser, string folder, string basePath, PrintJob job)
    {
        await using var page = await browser.NewPageAsync();
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            var url = e.Request.Url;
            var path = url.StartsWith(Origin + basePath, StringComparison.Ordinal) ? Uri.UnescapeDataString(new Uri(url).AbsolutePath[basePath.Length..]) : null;
            var file = path is null ? null : Path.GetFullPath(Path.Combine(folder, path.EndsWith('/') || path.Length == 0 ? path + "index.html" : path));
            if (file is null || !file.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
            {
                await e.Request.AbortAsync();
                return;
            }

            await e.Request.RespondAsync(new ResponseData
            {
                Status = HttpStatusCode.OK,
                BodyData = await File.ReadAllBytesAsync(file),
                ContentType = ContentTypes.Of(file),
            });
        };

        var address = Origin + basePath + job.PageOutputPath[..^"index.html".Length];
        await page.GoToAsync(address, WaitUntilNavigation.Load);
        await page.EmulateMediaTypeAsync(MediaType.Print);
        var head = $"<div style=\"font:8pt sans-serif;width:100%;margin:0 18mm;display:flex;justify-content:space-between;gap:2em\"><span class=\"title\"></span><span>{WebUtility.HtmlEncode(job.Issuer)}</span></div>";
        var foot = "<div style=\"font:8pt sans-serif;width:100%;margin:0 18mm;display:flex;justify-content:space-between\">"
                   + string.Create(CultureInfo.InvariantCulture, $"<span>{job.Year}</span>")
                   + "<span><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></span></div>";
        return await page.PdfDataAsync(new PdfOptions
        {
            Format = PaperFormat.A4,
            PrintBackground = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = head,
            FooterTemplate = foot,
            MarginOptions = new MarginOptions { Top = "22mm", Bottom = "22mm", Left = "18mm", Right = "18mm" },
            Tagged = true,
            Outline = true,
        });
    }

    /// <summary>
    /// The PDF with the moment of printing and the random identifiers replaced by the document's date and identifiers
    /// made from its content, each by text of the same length, so the file's byte offsets stay right.
    /// </summary>
    internal static byte[] Settle(byte[] pdf, PrintJob job)
    {
        // Latin-1 maps each byte to one char and back: the binary streams pass through unchanged.
        var text = Encoding.Latin1.GetString(pdf);
        var date = job.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var iso = job.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // The time of day and the zone become zeros, digit for digit: midnight UTC, whatever the machine's clock and zone.
        static string Zero(string text) => Digit().Replace(text, "0").Replace('-', '+');
        text = PdfDate().Replace(text, m => $"(D:{date}{new string('0', m.Groups[1].Length - 8)}{Zero(m.Groups[2].Value)})");
        text = XmpDate().Replace(text, m => iso + Digit().Replace(m.Groups[1].Value, "0") + Zero(m.Groups[2].Value));

        // Tagged elements are named by Chromium's DOM node numbers, which run on from whatever the browser did before:
        // numbered afresh in the same order (so the ID tree stays sorted), at the same width.
        var nodes = NodeId().Matches(text).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order().ToList();
        var renumbered = nodes.Select((n, i) => (n, i + 1L)).ToDictionary(p => p.n, p => p.Item2);
        text = NodeId().Replace(text, m => "(node" + renumbered[long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)].ToString(CultureInfo.InvariantCulture).PadLeft(m.Groups[1].Length, '0') + ")");

        // The identifiers: each replaced by one of the same length from a hash of the file without them.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.Latin1.GetBytes(Identifier().Replace(Uuid().Replace(text, ""), ""))));
        text = Identifier().Replace(text, m => $"<{hash[..m.Groups[1].Length]}>");
        text = Uuid().Replace(text, m => $"uuid:{hash[..8]}-{hash[8..12]}-{hash[12..16]}-{hash[16..20]}-{hash[20..32]}");
        return Encoding.Latin1.GetBytes(text);
    }

    // (D:20261203141503+00'00') and the like: fourteen digits and a zone.
    [GeneratedRegex(@"\(D:(\d{8,14})([^)]*)\)")]
    private static partial Regex PdfDate();

    // 2026-12-03T14:15:03+00:00 in the XMP metadata.
    [GeneratedRegex(@"(?<=>)\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(?:\.\d+)?)?([+-]\d{2}:\d{2}|Z)?(?=<)")]
    private static partial Regex XmpDate();

    // The trailer's /ID [<hex> <hex>].
    [GeneratedRegex(@"<([0-9A-Fa-f]{16,64})>(?=\s*<[0-9A-Fa-f]{16,64}>\s*\]|\s*\])")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\(node(\d+)\)")]
    private static partial Regex NodeId();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex(@"uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();
}

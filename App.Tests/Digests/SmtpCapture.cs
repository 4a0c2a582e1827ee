using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace SellerConsole.Tests.Digests;

/// <summary>
/// A real SMTP server (Debian's aiosmtpd, run by /usr/bin/python3 with smtp_capture.py) on a free local port,
/// saving each accepted message to a directory the test reads back as MIME.
/// </summary>
public sealed class SmtpCapture : IAsyncDisposable
{
    private readonly Process _process;

    private SmtpCapture(Process process, int port, string directory)
    {
        _process = process;
        Port = port;
        Directory = directory;
    }

    public int Port { get; }
    public string Directory { get; }

    /// <summary>A port nothing listens on (yet): the "server is down" case, and where a server can start later.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<SmtpCapture> StartAsync(string mode = "open", int? port = null)
    {
        var chosen = port ?? FreePort();
        var directory = System.IO.Directory.CreateTempSubdirectory("smtp-capture-").FullName;
        var start = new ProcessStartInfo("/usr/bin/python3", [Script(), chosen.ToString(), directory, mode])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var ready = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        if (ready != "READY")
        {
            var error = await process.StandardError.ReadToEndAsync();
            throw new InvalidOperationException($"aiosmtpd did not start: {ready} {error}");
        }
        return new SmtpCapture(process, chosen, directory);
    }

    public IReadOnlyList<MimeMessage> Messages() =>
        System.IO.Directory.GetFiles(Directory, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList();

    public IReadOnlyList<string> Recipients(int index) =>
        File.ReadAllLines(System.IO.Directory.GetFiles(Directory, "*.eml.rcpt").Order(StringComparer.Ordinal).ElementAt(index));

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
    }

    private static string Script()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "App.Tests", "Digests", "smtp_capture.py");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("App.Tests/Digests/smtp_capture.py not found above " + AppContext.BaseDirectory);
    }
}

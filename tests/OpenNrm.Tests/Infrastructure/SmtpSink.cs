using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OpenNrm.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on a free loopback port: Debian's aiosmtpd (package python3-aiosmtpd, installed by test.sh),
/// which writes each message it accepts into a maildir with the envelope's recipients in an X-RcptTo header. The
/// mailer under test speaks the whole protocol to it, as it would to a relay.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private readonly string _mailDirectory = Path.Combine(Path.GetTempPath(), "onrm-mail-" + Guid.NewGuid().ToString("N")[..10]);
    private Process? _server;

    public SmtpSink()
    {
        Port = FreePort();
        Start();
    }

    public int Port { get; }

    /// <summary>The messages received so far, raw (headers and body), oldest first.</summary>
    public IReadOnlyList<string> Messages()
    {
        var received = Path.Combine(_mailDirectory, "new");
        return Directory.Exists(received)
            ? [.. new DirectoryInfo(received).GetFiles().OrderBy(f => f.CreationTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal).Select(f => File.ReadAllText(f.FullName))]
            : [];
    }

    /// <summary>Stops the server: the port refuses connections until <see cref="Start"/>.</summary>
    public void Stop()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            _server.WaitForExit();
        }

        _server?.Dispose();
        _server = null;
    }

    public void Start()
    {
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", _mailDirectory },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        _server = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start (is python3-aiosmtpd installed?)");
        _server.BeginErrorReadLine();
        _server.BeginOutputReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!Accepts())
        {
            if (_server.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"aiosmtpd is not listening on port {Port} (exit {(_server.HasExited ? _server.ExitCode : -1)}).");
            }

            Thread.Sleep(100);
        }
    }

    public void Dispose()
    {
        Stop();
        if (Directory.Exists(_mailDirectory))
        {
            Directory.Delete(_mailDirectory, recursive: true);
        }
    }

    private bool Accepts()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The real host on SQLite with notices e-mailed through <see cref="SmtpSink"/>.</summary>
public sealed class MailingSqliteApp : TestApp
{
    public MailingSqliteApp()
        : base(Provider.Sqlite)
    {
    }

    public SmtpSink Smtp { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpenNrm:Smtp:Host", "127.0.0.1");
        builder.UseSetting("OpenNrm:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("OpenNrm:Smtp:EnableSsl", "false");
        builder.UseSetting("OpenNrm:Smtp:From", "notices@opennrm.test");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.Dispose();
        }
    }
}

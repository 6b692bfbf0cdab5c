using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace OpenNrm.Tests.Infrastructure;

/// <summary>
/// A real, throwaway PostgreSQL cluster for the whole test run (initdb + pg_ctl on a free port), or the server
/// named by OPENNRM_TEST_POSTGRES. Each test class gets its own database in it. No fake: if PostgreSQL is
/// missing the PostgreSQL tests fail, they are not skipped.
/// </summary>
public static class PostgresCluster
{
    private const string Prefix = "onrm-pg-";

    private static readonly Lazy<string> Server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string NewDatabase()
    {
        var name = "onrm_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(Server.Value))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(Server.Value) { Database = name }.ConnectionString;
    }

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable("OPENNRM_TEST_POSTGRES") is { Length: > 0 } external)
        {
            return external;
        }

        var bin = Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin")).FirstOrDefault(Directory.Exists)
            ?? throw new InvalidOperationException("PostgreSQL is not installed: run ./test.sh, which installs it.");
        RemoveLeftovers();
        var dir = Path.Combine("/tmp", Prefix + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", "postgres:postgres", dir);
        }

        RunAsPostgres(asRoot, Path.Combine(bin, "initdb"), "-D", Path.Combine(dir, "data"), "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8");
        RunAsPostgres(asRoot, Path.Combine(bin, "pg_ctl"), "-D", Path.Combine(dir, "data"), "-l", Path.Combine(dir, "server.log"), "-w", "start",
            "-o", $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200");
        // The test runner kills this process moments after the run ends, which cut a stop-then-delete short and
        // left 600 MB behind per run: a detached shell stops the server and removes the directory after we are gone.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            const string stopThenRemove = "\"$@\" -D \"$0/data\" -m immediate -w stop; rm -rf -- \"$0\"";
            var stop = new ProcessStartInfo("sh") { ArgumentList = { "-c", "setsid sh -c \"$0\" \"$@\" >/dev/null 2>&1 &", stopThenRemove, dir } };
            foreach (var word in asRoot ? ["runuser", "-u", "postgres", "--", Path.Combine(bin, "pg_ctl")] : new[] { Path.Combine(bin, "pg_ctl") })
            {
                stop.ArgumentList.Add(word);
            }

            using var shell = Process.Start(stop);
            shell?.WaitForExit();
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50";
    }

    /// <summary>
    /// Clusters of earlier runs that were stopped but not removed (a killed run): no server holds them (no
    /// postmaster.pid) and none was touched in the last hour, so no run in progress, even one still in initdb, owns one.
    /// </summary>
    private static void RemoveLeftovers()
    {
        foreach (var old in Directory.GetDirectories("/tmp", Prefix + "*"))
        {
            var running = File.Exists(Path.Combine(old, "data", "postmaster.pid"));
            if (running || Directory.GetLastWriteTimeUtc(old) > DateTime.UtcNow.AddHours(-1))
            {
                continue;
            }

            try
            {
                Directory.Delete(old, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another user's cluster, or one being removed at this moment: not ours to insist on.
            }
        }
    }

    private static void RunAsPostgres(bool asRoot, string program, params string[] args)
    {
        if (asRoot)
        {
            Run("runuser", ["-u", "postgres", "--", program, .. args]);
        }
        else
        {
            Run(program, args);
        }
    }

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {error} {output.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

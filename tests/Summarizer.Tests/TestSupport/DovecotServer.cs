using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace Summarizer.Tests.TestSupport;

/// <summary>
/// The IMAP server the mailbox tests talk to: the one named by <c>SUMMARIZER_TEST_IMAP</c>
/// (<c>imap://user:password@127.0.0.1:10143</c>, plain IMAP) when it is set, otherwise a throw-away Dovecot from
/// Debian's <c>dovecot-imapd</c> (<c>/usr/sbin/dovecot</c>) on 127.0.0.1 and a free port, with a temp mail folder and a
/// passwd-file user, stopped and deleted when the collection ends. Tests isolate themselves in folders of their own.
/// </summary>
public sealed class DovecotServer : IDisposable
{
    public const string EnvironmentVariable = "SUMMARIZER_TEST_IMAP";
    private const string Binary = "/usr/sbin/dovecot";

    private readonly string? _root;
    private readonly Process? _master;

    public string Host { get; } = "127.0.0.1";
    public int Port { get; }
    public string User { get; } = "reports";
    public string Password { get; } = "reports-test-" + Guid.NewGuid().ToString("N")[..8];

    public DovecotServer()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given)
        {
            var uri = new Uri(given);
            (Host, Port) = (uri.Host, uri.Port);
            var login = Uri.UnescapeDataString(uri.UserInfo).Split(':', 2);
            (User, Password) = (login[0], login.Length > 1 ? login[1] : "");
            return;
        }
        if (!File.Exists(Binary))
            throw new InvalidOperationException(
                $"Dovecot not found at {Binary} and {EnvironmentVariable} is unset: run `bash .ci/run` (installs dovecot-imapd), or filter with --filter \"Category!=imap\".");
        _root = Directory.CreateTempSubdirectory("summarizer-imap-").FullName;
        Port = PostgresServer.FreeLoopbackPort();
        File.WriteAllText(Path.Combine(_root, "passwd"), $"{User}:{{PLAIN}}{Password}\n");
        var config = Path.Combine(_root, "dovecot.conf");
        File.WriteAllText(config, Config(_root, Port));
        if (Environment.UserName == "root")
        {
            // Mail processes run as Debian's dovecot user, which must own the mail folder (and may not be root).
            Directory.CreateDirectory(Path.Combine(_root, "mail"));
            Execute("chown", "-R", "dovecot:dovecot", Path.Combine(_root, "mail"));
            Execute("chmod", "755", _root);
        }
        // In the foreground (-F) as our child: a daemon would keep this process's output pipes open.
        var start = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-F", "-c", config }) start.ArgumentList.Add(a);
        _master = Process.Start(start)!;
        _master.OutputDataReceived += (_, _) => { };
        _master.ErrorDataReceived += (_, _) => { };
        _master.BeginOutputReadLine();
        _master.BeginErrorReadLine();
        WaitUntilListening();
    }

    /// <summary>Bounded wait for the master's listener (it binds within milliseconds; a failed start shows in dovecot.log).</summary>
    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_master!.HasExited)
            {
                Thread.Sleep(50);
            }
            catch (SocketException e)
            {
                var log = Path.Combine(_root!, "dovecot.log");
                throw new InvalidOperationException($"Dovecot did not listen on 127.0.0.1:{Port}: {e.Message}; {(File.Exists(log) ? File.ReadAllText(log) : "no log")}");
            }
        }
    }

    /// <summary>A folder of its own for one test (created on the server), like a schema per PostgreSQL test.</summary>
    public async Task<string> CreateFolderAsync(string prefix)
    {
        var name = prefix + Guid.NewGuid().ToString("N")[..12];
        using var client = await ConnectAsync();
        await client.GetFolder(client.PersonalNamespaces[0]).CreateAsync(name, isMessageFolder: true);
        await client.DisconnectAsync(true);
        return name;
    }

    /// <summary>Puts the messages into <paramref name="folder"/> with IMAP APPEND, each with its delivery time (INTERNALDATE).</summary>
    public async Task AppendAsync(string folder, params (MimeMessage Message, DateTimeOffset Delivered)[] messages)
    {
        using var client = await ConnectAsync();
        var target = await client.GetFolderAsync(folder);
        foreach (var (message, delivered) in messages)
            await target.AppendAsync(new AppendRequest(message, MessageFlags.None, delivered));
        await client.DisconnectAsync(true);
    }

    private async Task<ImapClient> ConnectAsync()
    {
        var client = new ImapClient { Timeout = 30_000 };
        await client.ConnectAsync(Host, Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(User, Password);
        return client;
    }

    private static string Config(string root, int port)
    {
        var asRoot = Environment.UserName == "root";
        var me = Environment.UserName;
        // As root: Debian's dovecot/dovenull users; otherwise everything runs as the current user, without chroots.
        var users = asRoot ? "userdb {\n  driver = static\n  args = uid=dovecot gid=dovecot home=" + root + "/mail/%u\n}\n"
            : $"default_internal_user = {me}\ndefault_internal_group = {me}\ndefault_login_user = {me}\n" +
              "userdb {\n  driver = static\n  args = uid=" + me + " gid=" + me + " home=" + root + "/mail/%u\n}\n" +
              "service anvil {\n  chroot =\n}\nservice imap-login {\n  chroot =\n}\n";
        return $$"""
            base_dir = {{root}}/run
            state_dir = {{root}}/state
            log_path = {{root}}/dovecot.log
            protocols = imap
            listen = 127.0.0.1
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            first_valid_uid = 1
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{root}}/passwd
            }
            mail_location = maildir:~/Maildir
            service imap-login {
              inet_listener imap {
                address = 127.0.0.1
                port = {{port}}
              }
              inet_listener imaps {
                port = 0
              }
            }

            """ + users;
    }

    private static void Execute(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {stderr.Trim()} {stdout.Result.Trim()}");
    }

    public void Dispose()
    {
        if (_root is null) return;
        try
        {
            Execute(Binary, "-c", Path.Combine(_root, "dovecot.conf"), "stop");
            if (!_master!.WaitForExit(10_000)) _master.Kill(entireProcessTree: true);
            _master.Dispose();
        }
        finally
        {
            try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}

/// <summary>The tests that share one <see cref="DovecotServer"/>; it stops when the last of them has run.</summary>
[CollectionDefinition(Name)]
public sealed class DovecotCollection : ICollectionFixture<DovecotServer>
{
    public const string Name = "imap";
}

using System.Net;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Net;

namespace Summarizer.Tests.Delivery;

/// <summary>A real SMTP server on 127.0.0.1 with an OS-chosen port, recording what it accepts.</summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer _server;
    private readonly CancellationTokenSource _stop;
    private readonly Task _running;

    private LoopbackSmtpServer(SmtpServer.SmtpServer server, CancellationTokenSource stop, Task running, int port, RecordingMessageStore store)
    {
        (_server, _stop, _running, Port, Store) = (server, stop, running, port, store);
    }

    public int Port { get; }

    /// <summary>Configuration that mails the digest through this server, without TLS, from digest@ to head@example.test.</summary>
    public Dictionary<string, string?> DeliverySettings() => new()
    {
        ["Summarizer:Delivery:Smtp:Host"] = "127.0.0.1",
        ["Summarizer:Delivery:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Summarizer:Delivery:Smtp:Security"] = "None",
        ["Summarizer:Delivery:Smtp:From"] = "digest@example.test",
        ["Summarizer:Delivery:Smtp:To:0"] = "head@example.test",
    };

    public RecordingMessageStore Store { get; }

    public static async Task<LoopbackSmtpServer> StartAsync()
    {
        var store = new RecordingMessageStore();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)))
            .Build();
        var listeners = new EndpointListenerFactory();
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        listeners.EndpointStarted += (_, e) => started.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        var services = new ServiceProvider();
        services.Add(store);
        services.Add(listeners);

        var server = new SmtpServer.SmtpServer(options, services);
        var stop = new CancellationTokenSource();
        var running = server.StartAsync(stop.Token);
        var port = await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return new LoopbackSmtpServer(server, stop, running, port, store);
    }

    public async ValueTask DisposeAsync()
    {
        _server.Shutdown();
        await _stop.CancelAsync();
        try { await _running.WaitAsync(TimeSpan.FromSeconds(10)); }
        catch (OperationCanceledException) { }
        _stop.Dispose();
    }
}

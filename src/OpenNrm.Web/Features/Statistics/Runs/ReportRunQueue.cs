using System.Threading.Channels;

namespace OpenNrm.Web.Features.Statistics.Runs;

/// <summary>
/// The runs this server was asked to generate, in order. A run waiting here when the server stops is lost; its
/// page then shows it as failed after <see cref="ReportRun.AbandonedAfter"/>, and the person starts it again.
/// </summary>
public sealed class ReportRunQueue
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(Guid runId) => _channel.Writer.TryWrite(runId);

    public IAsyncEnumerable<Guid> ReadAllAsync(CancellationToken ct) => _channel.Reader.ReadAllAsync(ct);
}

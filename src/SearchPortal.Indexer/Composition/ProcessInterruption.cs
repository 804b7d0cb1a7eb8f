using System.Runtime.InteropServices;

namespace SearchPortal.Indexer.Composition;

/// <summary>
/// Turns the first Ctrl+C (SIGINT) or SIGTERM into a cancellation the running command sees, so that it can clean up
/// (a rebuild deletes its half-built generation), say so and exit 130. A second signal ends the process at once.
/// </summary>
/// <remarks>
/// System.CommandLine 2.0's own handling cannot be used: it registers its handler only once the action has returned
/// its task, so during a synchronous action the signal kills the process, and with an asynchronous one it returns 130
/// after its timeout while the cleanup is still running.
/// </remarks>
internal sealed class ProcessInterruption : IDisposable
{
    private readonly CancellationTokenSource interrupted = new();
    private readonly PosixSignalRegistration[] registrations;

    public ProcessInterruption()
    {
        registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];
    }

    public CancellationToken Token => interrupted.Token;

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }

        interrupted.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (interrupted.IsCancellationRequested)
        {
            return;
        }

        context.Cancel = true;
        interrupted.Cancel();
    }
}

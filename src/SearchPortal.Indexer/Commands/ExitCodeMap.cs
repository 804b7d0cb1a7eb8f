using SearchPortal.Core.Ingestion;
using SearchPortal.Indexer.Composition;
using SearchPortal.Search.Indexing;
using SearchPortal.Search.Searching;

namespace SearchPortal.Indexer.Commands;

/// <summary>The one map from what a command throws to its one-line error and documented exit code (see <see cref="ExitCodes"/>).</summary>
internal static class ExitCodeMap
{
    /// <summary>What a command does to the index, which decides what an I/O failure means.</summary>
    public enum Access
    {
        /// <summary>Reads the live index: an I/O failure means it cannot be read.</summary>
        Reading,

        /// <summary>Writes a generation (rebuild, update): any failure leaves the previous index serving.</summary>
        Writing,
    }

    public static int Run(CliContext context, Access access, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (IndexBusyException ex)
        {
            return context.Fail(ExitCodes.IndexBusy, $"another rebuild or update is running on this index, or a verify or prune (lock {ex.LockPath}); try again when it has finished");
        }
        catch (InsufficientSpaceException ex)
        {
            return context.Fail(ExitCodes.InsufficientSpace, $"{ex.Message} Free some, or drop old generations with: prune --keep 1 --index {ex.RootPath}");
        }
        catch (OperationCanceledException)
        {
            return context.Fail(ExitCodes.Interrupted, "interrupted; the previous index keeps serving");
        }
        catch (ArticleSourceUnreadableException ex)
        {
            return context.Fail(ExitCodes.Failed, $"{ex.Message}; nothing from this run was switched in and the previous index keeps serving. Replace the file and run again.");
        }
        catch (RemovalsRefusedException ex)
        {
            return context.Fail(ExitCodes.RemovalsRefused, $"{ex.Message} Check that the sources are complete, or give --allow-removals (or a higher --max-removals) to remove them.");
        }
        catch (NoIndexException ex)
        {
            return context.Fail(ExitCodes.IndexUnavailable, $"no index at {ex.RootPath}; build one with: rebuild --source PATH --index {ex.RootPath}");
        }

        // Before the corruption case: an unreadable index is an IOException too, and a failed write keeps the old index.
        catch (Exception ex) when (access == Access.Writing && ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return context.Fail(ExitCodes.Failed, $"{ex.Message} The previous index keeps serving.");
        }
        catch (IndexCorruptException ex)
        {
            return context.Fail(ExitCodes.Corrupt, $"the index cannot be read ({ex.Message}); run verify, then rebuild");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return context.Fail(ExitCodes.IndexUnavailable, $"the index cannot be read: {ex.Message}");
        }
    }
}

using System.Text;

namespace SearchPortal.Indexer.Benchmarking;

/// <summary>The harness's top-ids file: one line per query, "index TAB id,id,...", index 0-based in query-file order.</summary>
internal static class TopIdsFile
{
    public static void Write(string path, IReadOnlyList<QueryAnswer> answers)
    {
        var text = new StringBuilder();
        for (var i = 0; i < answers.Count; i++)
        {
            text.Append(i).Append('\t').AppendJoin(',', answers[i].TopIds).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}

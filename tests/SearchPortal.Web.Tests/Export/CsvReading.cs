using System.Text;

namespace SearchPortal.Web.Tests.Export;

/// <summary>An RFC 4180 CSV reader written for the tests, independent of the portal's writer: quoted fields, doubled quotes, line breaks inside quotes.</summary>
internal static class CsvReading
{
    public static List<List<string>> Rows(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                Assert.That(c, Is.Not.EqualTo('"').And.Not.EqualTo('\n'), $"an unquoted field holds a quote or a bare line feed at {i}");
                field.Append(c);
            }
        }

        Assert.That(quoted, Is.False, "a quoted field is never closed");
        Assert.That(field.Length + row.Count, Is.EqualTo(0), "the last row ends in CRLF");
        return rows;
    }
}

using System.Text;

namespace SearchPortal.Search.Json;

/// <summary>CSV fields as RFC 4180 writes them, safe to open in a spreadsheet.</summary>
public static class CsvText
{
    /// <summary>
    /// One field: quoted when it holds a comma, a quote or a line break (quotes doubled); a value a spreadsheet would run
    /// as a formula (starting with = + - @, or a tab or carriage return before one) gets a leading apostrophe.
    /// </summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>The fields joined by commas, each through <see cref="Field"/>; no line end.</summary>
    public static string Line(IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var line = new StringBuilder();
        var first = true;
        foreach (var field in fields)
        {
            line.Append(first ? "" : ",").Append(Field(field));
            first = false;
        }

        return line.ToString();
    }
}

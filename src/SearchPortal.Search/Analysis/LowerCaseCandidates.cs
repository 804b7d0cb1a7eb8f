namespace SearchPortal.Search.Analysis;

/// <summary>
/// The lower-case forms of one value's capitalised words, for <see cref="NameKeyFilter"/> to find a lower-case token
/// among by its characters; emptied for each value by a stamp instead of clearing.
/// </summary>
/// <remarks>
/// Every lower-case token of a text is looked up here. A dictionary of all the forms ever met missed the cache on most
/// lookups, and a set cleared per value cost its clearing: a value's few dozen forms in an open-addressed table of
/// their own stay in the cache.
/// </remarks>
internal sealed class LowerCaseCandidates
{
    private int[] stamps = new int[256];
    private int[] hashes = new int[256];
    private LowerCaseForm[] forms = new LowerCaseForm[256];
    private int stamp;
    private int count;

    /// <summary>Empties the table for the next value.</summary>
    public void Start()
    {
        stamp++;
        count = 0;
    }

    public void Add(LowerCaseForm form)
    {
        if (2 * (count + 1) > stamps.Length)
        {
            Grow();
        }

        Insert(form, Hash(form.Text));
        count++;
    }

    /// <summary>The form written as <paramref name="text"/>, or null when no capitalised word of the value lowers to it.</summary>
    public LowerCaseForm? Find(ReadOnlySpan<char> text)
    {
        if (count == 0)
        {
            return null;
        }

        var hash = Hash(text);
        var mask = stamps.Length - 1;
        for (var i = hash & mask; stamps[i] == stamp; i = (i + 1) & mask)
        {
            if (hashes[i] == hash && text.SequenceEqual(forms[i].Text))
            {
                return forms[i];
            }
        }

        return null;
    }

    private static int Hash(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15)) & int.MaxValue;
    }

    private void Insert(LowerCaseForm form, int hash)
    {
        var mask = stamps.Length - 1;
        var i = hash & mask;
        while (stamps[i] == stamp)
        {
            i = (i + 1) & mask;
        }

        stamps[i] = stamp;
        hashes[i] = hash;
        forms[i] = form;
    }

    private void Grow()
    {
        var oldStamps = stamps;
        var oldHashes = hashes;
        var oldForms = forms;
        stamps = new int[oldStamps.Length * 2];
        hashes = new int[stamps.Length];
        forms = new LowerCaseForm[stamps.Length];
        for (var i = 0; i < oldStamps.Length; i++)
        {
            if (oldStamps[i] == stamp)
            {
                Insert(oldForms[i], oldHashes[i]);
            }
        }
    }
}

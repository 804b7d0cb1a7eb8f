namespace SearchPortal.Search.Analysis;

/// <summary>A capitalised word lower-cased, with the values of <see cref="NameKeyFilter"/> that last listed it and last wrote it so.</summary>
internal sealed class LowerCaseForm(string text)
{
    public string Text { get; } = text;

    /// <summary>The last value with a capitalised word lowering to this form.</summary>
    public int ListedIn { get; set; }

    /// <summary>The last value that wrote this form as it is.</summary>
    public int WrittenIn { get; set; }
}

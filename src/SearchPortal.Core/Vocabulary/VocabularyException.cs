namespace SearchPortal.Core.Vocabulary;

/// <summary>The vocabulary file is missing, unreadable or has invalid content; the message names the file and the entry.</summary>
public sealed class VocabularyException : Exception
{
    public VocabularyException(string message)
        : base(message)
    {
    }

    public VocabularyException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

using Lucene.Net.Index;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Highlighting;

/// <summary>Loads only an article's stored text, and its language when asked, skipping the other stored fields.</summary>
internal sealed class StoredTextVisitor : StoredFieldVisitor
{
    private readonly bool withLanguage;

    public StoredTextVisitor(bool withLanguage) => this.withLanguage = withLanguage;

    public string? Text { get; private set; }

    public string? Language { get; private set; }

    public override Status NeedsField(FieldInfo fieldInfo)
    {
        if (Text is not null && (!withLanguage || Language is not null))
        {
            return Status.STOP;
        }

        return fieldInfo.Name == ArticleFields.Text || (withLanguage && fieldInfo.Name == ArticleFields.Language)
            ? Status.YES
            : Status.NO;
    }

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        if (fieldInfo.Name == ArticleFields.Text)
        {
            Text = value;
        }
        else
        {
            Language = value;
        }
    }
}

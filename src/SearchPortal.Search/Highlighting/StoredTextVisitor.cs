using Lucene.Net.Index;
using SearchPortal.Search.Schema;

namespace SearchPortal.Search.Highlighting;

/// <summary>Loads only an article's stored text and language, skipping the other stored fields.</summary>
internal sealed class StoredTextVisitor : StoredFieldVisitor
{
    public string? Text { get; private set; }

    public string? Language { get; private set; }

    public override Status NeedsField(FieldInfo fieldInfo)
    {
        if (Text is not null && Language is not null)
        {
            return Status.STOP;
        }

        return fieldInfo.Name is ArticleFields.Text or ArticleFields.Language
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

using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SearchPortal.Core.Facets;
using SearchPortal.Search.Searching;
using SearchPortal.Web.Searching;

namespace SearchPortal.Web.Api;

/// <summary>
/// Describes the query parameters of /api/search in the OpenAPI document: the endpoint reads them itself through
/// SearchStateReader (so a bad value gets a problem naming it), which leaves nothing for the generator to see.
/// </summary>
internal sealed class ApiDocumentation : IOpenApiOperationTransformer
{
    /// <summary>Where the document is served.</summary>
    public const string Route = "/openapi/{documentName}.json";

    /// <summary>The address of the portal's one document.</summary>
    public const string DocumentPath = "/openapi/v1.json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.RelativePath == "api/search")
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(Query("q", "The query: words, \"phrases\", OR, -exclusion, field:value, prefix*. Empty matches every article.", Text()));
            foreach (var dimension in FacetDimension.All)
            {
                operation.Parameters.Add(Query(dimension, $"Selected {dimension} values, repeated for several (OR within a facet, AND across facets).", new OpenApiSchema { Type = JsonSchemaType.Array, Items = Text() }));
            }

            operation.Parameters.Add(Query(SearchState.MentionsParameter, "1 to take in articles that only mention a country, format or official; 0 (default) for those about it.", Choice("0", "1")));
            operation.Parameters.Add(Query("sort", "relevance (default with a query), newest (default without), oldest.", Choice(SortNames.All.Select(SortNames.Name).ToArray())));
            operation.Parameters.Add(Query("page", "The 1-based result page.", Number(1, null)));
            operation.Parameters.Add(Query("size", "Hits per page.", Number(1, SearchState.MaxSize)));
        }

        return Task.CompletedTask;
    }

    private static OpenApiParameter Query(string name, string description, OpenApiSchema schema) =>
        new() { Name = name, In = ParameterLocation.Query, Description = description, Schema = schema };

    private static OpenApiSchema Text() => new() { Type = JsonSchemaType.String };

    private static OpenApiSchema Choice(params string[] values) =>
        new() { Type = JsonSchemaType.String, Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))] };

    private static OpenApiSchema Number(int minimum, int? maximum) => new()
    {
        Type = JsonSchemaType.Integer,
        Minimum = minimum.ToString(CultureInfo.InvariantCulture),
        Maximum = maximum?.ToString(CultureInfo.InvariantCulture),
    };
}

using SearchPortal.Web.Api;
using SearchPortal.Web.Configuration;
using SearchPortal.Web.Presentation;
using Microsoft.Extensions.Options;

namespace SearchPortal.Web.Hosting;

/// <summary>Registers the portal's services: options, localization (English and German resources under Resources/), the search engine over the live index, pages, API support, health checks.</summary>
public static class SearchPortalServices
{
    public static WebApplicationBuilder AddSearchPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SearchPortalOptions>()
            .Bind(builder.Configuration.GetSection(SearchPortalOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SearchPortalOptions>, SearchPortalOptionsValidator>();
        services.AddSingleton<PortalPaths>();

        services.AddSearchEngine();

        services.AddSingleton(TimeProvider.System);
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<DateDisplay>();
        services.AddSingleton<SearchSummary>();
        services.AddSingleton<FacetNames>();
        services.AddSingleton<NoticeText>();
        services.AddSingleton<ParameterErrorText>();

        services.AddRazorPages(options => options.Conventions.AddPageRoute("/Index", "search")).AddViewLocalization();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = NoIndexAnswer.Describe);
        services.AddHealthChecks().AddCheck<IndexHealthCheck>("index");
        services.AddOpenApi(options => options.AddOperationTransformer<ApiDocumentation>());
        return builder;
    }
}

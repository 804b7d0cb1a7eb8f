using System.Reflection;
using SearchPortal.Search.Searching;

namespace SearchPortal.Search.Tests;

/// <summary>
/// The engine's contract names no Lucene type: the portal and the CLI program against requests, responses, the index and
/// the rebuilder alone (the exact surface is pinned by PublicAPI.Shipped.txt at build time).
/// </summary>
public sealed class PublicSurfaceTests
{
    private static readonly Assembly Engine = typeof(ArticleSearcher).Assembly;

    [Test]
    public void No_public_member_of_the_engine_names_a_Lucene_type()
    {
        var offending = new List<string>();
        foreach (var type in Engine.GetExportedTypes())
        {
            foreach (var (where, named) in SignatureTypes(type))
            {
                if (IsLucene(named))
                {
                    offending.Add($"{type.FullName}.{where}: {named.FullName}");
                }
            }
        }

        Assert.That(offending, Is.Empty);
    }

    [Test]
    public void The_engine_exports_only_its_contract_not_its_Lucene_machinery()
    {
        var exported = Engine.GetExportedTypes().Select(t => t.Namespace).Distinct().ToList();

        Assert.That(exported, Is.SubsetOf(new[]
        {
            "SearchPortal.Search.Searching", "SearchPortal.Search.Indexing", "SearchPortal.Search.FacetCounting",
            "SearchPortal.Search.Highlighting", "SearchPortal.Search.Json",
        }));
        Assert.That(Engine.GetExportedTypes().Select(t => t.Name), Has.None.EqualTo("ArticleAnalyzer").And.None.EqualTo("IndexLease").And.None.EqualTo("FacetFilter"));
    }

    private static bool IsLucene(Type type) =>
        type.Assembly.GetName().Name!.StartsWith("Lucene.Net", StringComparison.Ordinal)
        || (type.IsGenericType && type.GetGenericArguments().Any(IsLucene))
        || (type.HasElementType && IsLucene(type.GetElementType()!));

    private static IEnumerable<(string Where, Type Named)> SignatureTypes(Type type)
    {
        const BindingFlags Visible = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is { } baseType)
        {
            yield return ("base", baseType);
        }

        foreach (var implemented in type.GetInterfaces())
        {
            yield return ("interface", implemented);
        }

        foreach (var member in type.GetMembers(Visible | BindingFlags.NonPublic))
        {
            var visible = member switch
            {
                MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
                FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
                PropertyInfo property => property.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
                EventInfo => true,
                _ => false,
            };
            if (!visible)
            {
                continue;
            }

            switch (member)
            {
                case MethodInfo method:
                    yield return (method.Name, method.ReturnType);
                    foreach (var parameter in method.GetParameters())
                    {
                        yield return (method.Name, parameter.ParameterType);
                    }

                    break;
                case ConstructorInfo constructor:
                    foreach (var parameter in constructor.GetParameters())
                    {
                        yield return (".ctor", parameter.ParameterType);
                    }

                    break;
                case PropertyInfo property:
                    yield return (property.Name, property.PropertyType);
                    break;
                case FieldInfo field:
                    yield return (field.Name, field.FieldType);
                    break;
            }
        }
    }
}

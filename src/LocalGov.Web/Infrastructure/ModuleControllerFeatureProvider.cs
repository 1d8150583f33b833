using System.Reflection;
using LocalGov.SharedKernel.Modularity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace LocalGov.Web.Infrastructure;

/// <summary>
/// Modules keep their controllers internal (only the module class is public), which MVC's default
/// discovery skips. This provider accepts internal controllers from the loaded modules' assemblies.
/// </summary>
public sealed class ModuleControllerFeatureProvider(ModuleCatalog catalog) : ControllerFeatureProvider
{
    protected override bool IsController(TypeInfo typeInfo) =>
        typeInfo is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false }
        && !typeInfo.IsPublic
        && typeof(ControllerBase).IsAssignableFrom(typeInfo)
        && !typeInfo.IsDefined(typeof(NonControllerAttribute))
        && catalog.Modules.Any(m => m.GetType().Assembly == typeInfo.Assembly);
}

/// <summary>
/// The same for view components: a module's internal <c>...ViewComponent</c> classes (e.g. Revenue's bill QR shown on
/// other Revenue pages), which MVC's default discovery skips because they are not public.
/// </summary>
public sealed class ModuleViewComponentFeatureProvider(ModuleCatalog catalog) : Microsoft.AspNetCore.Mvc.ApplicationParts.IApplicationFeatureProvider<Microsoft.AspNetCore.Mvc.ViewComponents.ViewComponentFeature>
{
    public void PopulateFeature(IEnumerable<Microsoft.AspNetCore.Mvc.ApplicationParts.ApplicationPart> parts, Microsoft.AspNetCore.Mvc.ViewComponents.ViewComponentFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        foreach (var assembly in catalog.Modules.Select(m => m.GetType().Assembly).Distinct())
        {
            foreach (var type in assembly.DefinedTypes)
            {
                if (type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false, IsPublic: false, IsNested: false }
                    && typeof(ViewComponent).IsAssignableFrom(type)
                    && type.Name.EndsWith("ViewComponent", StringComparison.Ordinal)
                    && !type.IsDefined(typeof(NonViewComponentAttribute))
                    && !feature.ViewComponents.Contains(type))
                {
                    feature.ViewComponents.Add(type);
                }
            }
        }
    }
}

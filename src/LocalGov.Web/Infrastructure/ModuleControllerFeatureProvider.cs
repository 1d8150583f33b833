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

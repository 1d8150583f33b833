using FluentValidation;
using LocalGov.SharedKernel.Modularity;

namespace LocalGov.Web.Infrastructure;

public static class ModuleRegistration
{
    /// <summary>
    /// Loads a module: its services, validators, MVC controllers and views (application part) and, through
    /// the <see cref="ModuleCatalog"/>, its EF model, policies and menu.
    /// </summary>
    public static WebApplicationBuilder AddModule<TModule>(this WebApplicationBuilder builder)
        where TModule : IModule, new()
    {
        var catalog = GetCatalog(builder.Services);
        var module = new TModule();
        catalog.Add(module);
        module.AddServices(builder.Services, builder.Configuration);
        builder.Services.AddValidatorsFromAssembly(typeof(TModule).Assembly, includeInternalTypes: true);
        builder.Services.AddControllersWithViews()
            .AddApplicationPart(typeof(TModule).Assembly)
            .ConfigureApplicationPartManager(manager =>
            {
                if (!manager.FeatureProviders.OfType<ModuleControllerFeatureProvider>().Any())
                {
                    manager.FeatureProviders.Add(new ModuleControllerFeatureProvider(catalog));
                    manager.FeatureProviders.Add(new ModuleViewComponentFeatureProvider(catalog));
                }
            });
        return builder;
    }

    internal static ModuleCatalog GetCatalog(IServiceCollection services)
    {
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(ModuleCatalog))?.ImplementationInstance;
        if (existing is ModuleCatalog catalog)
        {
            return catalog;
        }

        catalog = new ModuleCatalog();
        services.AddSingleton(catalog);
        return catalog;
    }
}

namespace LocalGov.SharedKernel.Modularity;

/// <summary>The modules the host loaded, in registration order. A singleton in DI.</summary>
public sealed class ModuleCatalog
{
    private readonly List<IModule> _modules = [];

    public IReadOnlyList<IModule> Modules => _modules;

    public void Add(IModule module)
    {
        if (_modules.Any(m => m.GetType() == module.GetType()))
        {
            return;
        }

        _modules.Add(module);
    }
}

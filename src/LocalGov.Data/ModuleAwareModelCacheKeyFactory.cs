using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LocalGov.Data;

/// <summary>
/// EF caches one model per context type, but LocalGov's model depends on which modules are loaded: the cache
/// key includes the module list, so a context built with other modules (tools, tests) gets its own model.
/// </summary>
internal sealed class ModuleAwareModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is LocalGovDbContext localGov
            ? (context.GetType(), localGov.ModuleKey, designTime)
            : (object)(context.GetType(), designTime);
}

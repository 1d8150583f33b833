using System.Reflection;
using System.Xml.Linq;
using LocalGov.SharedKernel.Modularity;

namespace LocalGov.ArchitectureTests;

/// <summary>
/// Module boundaries, checked for every module folder under src/Modules so that no module is forgotten:
/// a module may use another module only through its Contracts project.
/// </summary>
public sealed class ModuleBoundaryTests
{
    public static TheoryData<string> Modules()
    {
        var data = new TheoryData<string>();
        foreach (var module in Repository.ModuleNames())
        {
            data.Add(module);
        }

        return data;
    }

    [Fact]
    public void Every_module_folder_is_loaded_by_the_host()
    {
        var program = File.ReadAllText(Path.Combine(Repository.Root, "src", "LocalGov.Web", "Program.cs"));
        Assert.NotEmpty(Repository.ModuleNames());
        Assert.All(Repository.ModuleNames(), m => Assert.Contains($"AddModule<{m}Module>()", program, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_project_references_no_other_modules_internals(string module)
    {
        var references = Repository.ProjectReferences(Repository.ModuleProject(module));
        var allowed = new[] { "LocalGov.SharedKernel", "LocalGov.Data", $"LocalGov.{module}.Contracts" };
        Assert.All(references, r => Assert.True(
            allowed.Contains(r) || (r.EndsWith(".Contracts", StringComparison.Ordinal) && r.StartsWith("LocalGov.", StringComparison.Ordinal)),
            $"LocalGov.{module} references {r}; modules may use only SharedKernel, Data and Contracts projects."));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Contracts_project_is_plain_CSharp(string module)
    {
        var project = Repository.ContractsProject(module);
        var references = Repository.ProjectReferences(project);
        Assert.All(references, r => Assert.True(r == "LocalGov.SharedKernel" || r.EndsWith(".Contracts", StringComparison.Ordinal), $"{module} contracts reference {r}"));
        Assert.Empty(Repository.PackageReferences(project));

        var assembly = Assembly.Load($"LocalGov.{module}.Contracts");
        var forbidden = assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Empty(forbidden);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_exposes_only_its_module_class(string module)
    {
        var assembly = Assembly.Load($"LocalGov.{module}");
        var exported = assembly.GetExportedTypes().Select(t => t.FullName).ToList();
        Assert.Equal([$"LocalGov.{module}.{module}Module"], exported);
        Assert.True(typeof(IModule).IsAssignableFrom(assembly.GetType($"LocalGov.{module}.{module}Module")));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_assembly_does_not_load_another_module(string module)
    {
        var assembly = Assembly.Load($"LocalGov.{module}");
        var others = Repository.ModuleNames().Where(m => m != module).Select(m => $"LocalGov.{m}").ToHashSet();
        var leaked = assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(others.Contains);
        Assert.Empty(leaked);
    }

    [Fact]
    public void Shared_kernel_and_data_reference_no_module()
    {
        foreach (var name in new[] { "LocalGov.SharedKernel", "LocalGov.Data" })
        {
            var references = Assembly.Load(name).GetReferencedAssemblies().Select(a => a.Name!).ToList();
            var modules = Repository.ModuleNames().SelectMany(m => new[] { $"LocalGov.{m}", $"LocalGov.{m}.Contracts" });
            Assert.Empty(references.Intersect(modules));
            var projectRefs = Repository.ProjectReferences(Path.Combine(Repository.Root, "src", name, $"{name}.csproj"));
            Assert.All(projectRefs, r => Assert.Contains(r, new[] { "LocalGov.SharedKernel" }));
        }
    }

    [Fact]
    public void Every_package_version_is_set_once_centrally()
    {
        var projects = Directory.EnumerateFiles(Repository.Root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var project in projects)
        {
            var versioned = XDocument.Load(project).Descendants("PackageReference").Where(e => e.Attribute("Version") is not null);
            Assert.Empty(versioned);
        }
    }
}

internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static IReadOnlyList<string> ModuleNames() =>
        Directory.GetDirectories(Path.Combine(Root, "src", "Modules")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static string ModuleProject(string module) => Path.Combine(Root, "src", "Modules", module, $"LocalGov.{module}", $"LocalGov.{module}.csproj");

    public static string ContractsProject(string module) => Path.Combine(Root, "src", "Modules", module, $"LocalGov.{module}.Contracts", $"LocalGov.{module}.Contracts.csproj");

    public static IReadOnlyList<string> ProjectReferences(string csproj) =>
        XDocument.Load(csproj).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar)))
            .ToList();

    public static IReadOnlyList<string> PackageReferences(string csproj) =>
        XDocument.Load(csproj).Descendants("PackageReference").Select(e => e.Attribute("Include")!.Value).ToList();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LocalGov.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("LocalGov.sln not found above the test folder");
    }
}

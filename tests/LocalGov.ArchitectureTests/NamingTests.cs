using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using NetArchTest.Rules;

namespace LocalGov.ArchitectureTests;

/// <summary>Conventions that keep the code navigable: feature folders and controller naming.</summary>
public sealed class NamingTests
{
    public static TheoryData<string> UiAssemblies()
    {
        var data = new TheoryData<string> { "LocalGov.Web" };
        foreach (var module in Repository.ModuleNames())
        {
            data.Add($"LocalGov.{module}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UiAssemblies))]
    public void Controllers_are_named_and_live_in_feature_folders(string assemblyName)
    {
        var result = Types.InAssembly(Assembly.Load(assemblyName))
            .That().Inherit(typeof(ControllerBase))
            .Should().HaveNameEndingWith("Controller")
            .And().ResideInNamespaceContaining(".Features.")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Shared_kernel_does_not_depend_on_the_data_layer_or_host()
    {
        var result = Types.InAssembly(typeof(LocalGov.SharedKernel.Modularity.IModule).Assembly)
            .ShouldNot().HaveDependencyOnAny("LocalGov.Data", "LocalGov.Web")
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }
}

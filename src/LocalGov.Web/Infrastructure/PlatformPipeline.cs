using LocalGov.Data;
using LocalGov.Web.Features.Account;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

namespace LocalGov.Web.Infrastructure;

public static class PlatformPipeline
{
    /// <summary>
    /// Creates or migrates the database on start. With SQLite (the embedded default) the demo data is seeded
    /// too unless <c>Database:SeedDemoData</c> is false; a SQL Server deployment seeds roles only.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var configuration = app.Configuration;
        if (!configuration.GetValue("Database:MigrateOnStart", true))
        {
            return;
        }

        var seedDemo = configuration.GetValue("Database:SeedDemoData", configuration.GetDatabaseProvider() == DatabaseProvider.Sqlite);
        await DatabaseInitializer.MigrateAsync(app.Services);
        await RoleSeeder.EnsureRolesAsync(app.Services);
        await DatabaseInitializer.SeedReferenceDataAsync(app.Services);
        if (seedDemo)
        {
            await DatabaseInitializer.SeedDemoAsync(app.Services);
        }
    }

    public static WebApplication UseLocalGovPlatform(this WebApplication app)
    {
        if (app.Configuration.GetValue("ForwardedHeaders:Enabled", false))
        {
            app.UseForwardedHeaders();
        }

        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Error/500");
            app.UseHsts();
            if (app.Configuration.GetValue("Https:Redirect", true))
            {
                app.UseHttpsRedirection();
            }
        }

        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            await next();
        });
        app.UseStaticFiles();
        app.UseSerilogRequestLogging();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache();
        return app;
    }

    public static WebApplication MapLocalGovEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapControllerRoute("areas", "{area:exists}/{controller=Home}/{action=Index}/{id?}");
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");

        // An unknown URL is a 404 for everyone (the friendly page), not a sign-in prompt from the fallback policy.
        app.MapFallback(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).AllowAnonymous();
        return app;
    }
}

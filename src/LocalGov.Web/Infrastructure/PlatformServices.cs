using FluentValidation;
using FluentValidation.AspNetCore;
using LocalGov.Data;
using LocalGov.Data.Identity;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Seeding;
using LocalGov.Web.Features.Account;
using LocalGov.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Serilog;

namespace LocalGov.Web.Infrastructure;

public static class PlatformServices
{
    public const string AdministratorPolicy = "Platform.Administer";

    /// <summary>Serilog from configuration (console + rolling file), with request logging added in the pipeline.</summary>
    public static WebApplicationBuilder AddLocalGovLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, configuration) => configuration
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", "LocalGov"));
        return builder;
    }

    /// <summary>Data, identity, authorization, localization, MVC and health: everything but the modules.</summary>
    public static WebApplicationBuilder AddLocalGovPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var catalog = ModuleRegistration.GetCatalog(services);

        services.AddLocalGovData(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<IDemoSeeder, DemoAccountsSeeder>();
        if (builder.Configuration.GetValue("Excel:WarmUp", true))
        {
            services.AddHostedService<ExcelWarmUp>();
        }

        AddIdentity(services, SecureCookies(builder));

        services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(o =>
        {
            // Behind a TLS-terminating proxy (docker-compose.yml): trust its X-Forwarded-* headers.
            o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
        });

        services.AddAuthorization(options =>
        {
            // Deny by default: every endpoint needs a signed-in user unless it says [AllowAnonymous].
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            options.AddPolicy(AdministratorPolicy, p => p.RequireRole(Roles.SystemAdministrator));
            foreach (var module in catalog.Modules)
            {
                module.AddPolicies(options);
            }
        });

        // Emit Thai text as characters, not numeric entities (the default encoder allows only Basic Latin).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures.ThaiGregorian, Cultures.ThaiGregorian);
            options.SupportedCultures = [.. Cultures.Supported];
            options.SupportedUICultures = [.. Cultures.Supported];
            // Thai unless the user chose otherwise (cookie) or a link asks (?culture=en-US); the browser's
            // Accept-Language is deliberately ignored so that the product opens in Thai.
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<MvcOptions>, LocalizedModelBindingMessages>();
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                // Validation rules live in FluentValidation validators with localized messages; MVC's implicit
                // [Required] for non-nullable strings would add a second, English-only message.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o =>
                // Display names and messages come from the Resources/Strings.resx of the view model's own assembly.
                o.DataAnnotationLocalizerProvider = (type, factory) => factory.Create("Resources.Strings", type.Assembly.GetName().Name!))
            .AddMvcLocalization()
            .AddRazorOptions(o =>
            {
                // Feature folders: a screen's controller, models and views sit together.
                o.AreaViewLocationFormats.Insert(0, "/Areas/{2}/Features/{1}/{0}.cshtml");
                o.AreaViewLocationFormats.Insert(1, "/Areas/{2}/Features/Shared/{0}.cshtml");
                o.AreaViewLocationFormats.Insert(2, "/Features/Shared/{0}.cshtml");
                o.ViewLocationFormats.Insert(0, "/Features/{1}/{0}.cshtml");
                o.ViewLocationFormats.Insert(1, "/Features/Shared/{0}.cshtml");
            });
        services.AddFluentValidationAutoValidation();
        services.AddValidatorsFromAssemblyContaining<Strings>(includeInternalTypes: true);
        ValidatorOptions.Global.LanguageManager.Enabled = true;

        services.AddHealthChecks().AddDbContextCheck<LocalGovDbContext>("database", tags: ["ready"]);
        services.AddProblemDetails();

        // Public pages, downloads and the open data API opt in with a named policy (modules add theirs).
        services.AddOutputCache();

        // Modules add their rate-limit policies; the answer over a limit is the host's, one for every module.
        services.AddRateLimiter(RateLimitRejection.Configure);

        if (!builder.Environment.IsDevelopment())
        {
            services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        }

        return builder;
    }

    /// <summary>Cookies are https-only except in Development and tests (plain http on localhost), unless configured.</summary>
    private static CookieSecurePolicy SecureCookies(WebApplicationBuilder builder) =>
        builder.Configuration.GetValue("Https:SecureCookies", !builder.Environment.IsDevelopment() && !builder.Environment.IsEnvironment("Testing"))
            ? CookieSecurePolicy.Always
            : CookieSecurePolicy.SameAsRequest;

    private static void AddIdentity(IServiceCollection services, CookieSecurePolicy securePolicy)
    {
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<LocalGovDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<LocalGovClaimsPrincipalFactory>();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Error/403";
            options.Cookie.Name = "LocalGov.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = securePolicy;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            // A signed-in user who may not do something gets a 403 with the friendly page, not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            options.SlidingExpiration = true;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "LocalGov.Antiforgery";
            options.Cookie.SecurePolicy = securePolicy;
        });
    }
}

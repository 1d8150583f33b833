using System.Threading.RateLimiting;
using LocalGov.Planning.Seeding;
using LocalGov.Planning.Services.Participation;
using LocalGov.SharedKernel.Seeding;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Planning.Services;

internal static class ParticipationServiceRegistration
{
    public static IServiceCollection AddParticipationServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IParticipationMailer, SmtpParticipationMailer>();
        services.AddScoped<ParticipantAccounts>();
        services.AddScoped<ParticipationWorkflow>();
        services.AddScoped<ProposalModeration>();
        services.AddScoped<IDemoSeeder, ParticipationDemoSeeder>();

        // Participants are not staff: their own cookie, so a citizen's sign-in never carries a staff role.
        services.AddAuthentication().AddCookie(PlanningModule.ParticipantScheme, o =>
        {
            o.Cookie.Name = "LocalGov.Participant";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/Planning/Participate/SignIn";
            o.LogoutPath = "/Planning/Participate/SignOut";
            o.AccessDeniedPath = "/Error/403";
            o.ExpireTimeSpan = TimeSpan.FromDays(30);
            o.SlidingExpiration = true;
        });

        var permits = Math.Max(1, configuration.GetValue("Planning:Participation:RateLimit:PermitsPerMinute", 20));
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(PlanningModule.ParticipationRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}

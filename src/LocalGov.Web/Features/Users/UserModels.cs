using FluentValidation;
using LocalGov.SharedKernel.Security;
using LocalGov.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LocalGov.Web.Features.Users;

public sealed record UserListItem(string Id, string UserName, string DisplayName, string? Role, ScopeLevel ScopeLevel, string? OrganisationName, bool LockedOut);

public sealed record UserListViewModel(IReadOnlyList<UserListItem> Users, string? Query, string? Role, int Page, int PageCount, int Total);

/// <summary>Create and edit form. The scope follows the role: LAO staff name an LAO (by code), provincial officers a province.</summary>
public sealed class UserFormModel
{
    public string? Id { get; set; }
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? Email { get; set; }
    public string Role { get; set; } = "";
    public int? ProvinceId { get; set; }
    public string? LaoCode { get; set; }

    /// <summary>Only when creating; an administrator resets it separately afterwards.</summary>
    public string? Password { get; set; }

    public bool IsNew => string.IsNullOrEmpty(Id);
}

public sealed class UserFormValidator : AbstractValidator<UserFormModel>
{
    public UserFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.UserName).NotEmpty().WithMessage(_ => l["Users.UserNameRequired"])
            .MaximumLength(64)
            .Matches("^[A-Za-z0-9._@-]+$").WithMessage(_ => l["Users.UserNameFormat"]);
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage(_ => l["Users.DisplayNameRequired"]).MaximumLength(200);
        RuleFor(x => x.Email).EmailAddress().WithMessage(_ => l["Users.EmailFormat"]).MaximumLength(256)
            .When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.Role).Must(r => Roles.All.Contains(r)).WithMessage(_ => l["Users.RoleRequired"]);
        RuleFor(x => x.ProvinceId).NotNull().WithMessage(_ => l["Users.ProvinceRequired"])
            .When(x => Roles.All.Contains(x.Role) && Roles.RequiredScope(x.Role) == ScopeLevel.Province);
        RuleFor(x => x.LaoCode).NotEmpty().WithMessage(_ => l["Users.LaoRequired"])
            .When(x => Roles.All.Contains(x.Role) && Roles.RequiredScope(x.Role) == ScopeLevel.Lao);
        RuleFor(x => x.Password).NotEmpty().WithMessage(_ => l["Account.PasswordRequired"]).When(x => x.IsNew);
    }
}

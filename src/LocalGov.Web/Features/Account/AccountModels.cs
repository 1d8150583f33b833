using FluentValidation;
using LocalGov.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LocalGov.Web.Features.Account;

public sealed class LoginViewModel
{
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class LoginValidator : AbstractValidator<LoginViewModel>
{
    public LoginValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.UserName).NotEmpty().WithMessage(_ => l["Account.UserNameRequired"]).MaximumLength(256);
        RuleFor(x => x.Password).NotEmpty().WithMessage(_ => l["Account.PasswordRequired"]).MaximumLength(256);
    }
}

public sealed class ChangePasswordViewModel
{
    public string CurrentPassword { get; set; } = "";
    public string NewPassword { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}

public sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordViewModel>
{
    public ChangePasswordValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage(_ => l["Account.PasswordRequired"]);
        RuleFor(x => x.NewPassword).NotEmpty().WithMessage(_ => l["Account.PasswordRequired"]);
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage(_ => l["Account.PasswordsDiffer"]);
    }
}

using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace LocalGov.Planning.Services.Participation;

/// <summary>Sends participants their one-time links.</summary>
internal interface IParticipationMailer
{
    Task SendAsync(string toEmail, string subject, string body, CancellationToken cancellationToken);
}

/// <summary>
/// Writes each message through <see cref="SmtpClient"/>: to an SMTP host when <c>Planning:Mail:SmtpHost</c> is set,
/// otherwise as an .eml file in <c>Planning:Mail:PickupDirectory</c> (default <c>App_Data/mail</c> under the content
/// root), which is what a development machine and the tests read.
/// </summary>
internal sealed class SmtpParticipationMailer(IConfiguration configuration, IHostEnvironment environment) : IParticipationMailer
{
    public async Task SendAsync(string toEmail, string subject, string body, CancellationToken cancellationToken)
    {
        var section = configuration.GetSection("Planning:Mail");
        var from = section["From"] ?? "no-reply@localgov.example";
        using var message = new MailMessage(from, toEmail)
        {
            Subject = subject,
            SubjectEncoding = Encoding.UTF8,
            Body = body,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,

            // Base64 keeps the link in one piece (quoted-printable would break and escape it).
            BodyTransferEncoding = TransferEncoding.Base64,
        };
        using var client = new SmtpClient();
        if (section["SmtpHost"] is { Length: > 0 } host)
        {
            client.Host = host;
            client.Port = section.GetValue("SmtpPort", 25);
            client.EnableSsl = section.GetValue("EnableSsl", false);
            client.DeliveryMethod = SmtpDeliveryMethod.Network;
        }
        else
        {
            var directory = section["PickupDirectory"] is { Length: > 0 } configured ? configured : "App_Data/mail";
            directory = Path.GetFullPath(Path.IsPathRooted(directory) ? directory : Path.Combine(environment.ContentRootPath, directory));
            Directory.CreateDirectory(directory);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = directory;
        }

        await client.SendMailAsync(message, cancellationToken);
    }
}

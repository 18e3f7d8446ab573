using CapRural.BuildingBlocks.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CapRural.BuildingBlocks.Email;

public static class EmailRegistration
{
    /// <summary>SMTP (MailKit) when Email:SmtpHost is set, otherwise .eml files in the pickup folder.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section);
        services.AddSingleton<IEmailSender>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<EmailOptions>>();
            if (!string.IsNullOrWhiteSpace(options.Value.SmtpHost))
            {
                return new SmtpEmailSender(options);
            }

            var configuration = provider.GetRequiredService<IConfiguration>();
            var directory = options.Value.PickupDirectory ?? Path.Combine(ModuleDatabaseRegistration.DataDirectory(configuration), "mail");
            return new PickupFolderEmailSender(options, directory);
        });
        return services;
    }
}

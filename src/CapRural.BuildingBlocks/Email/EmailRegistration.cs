using CapRural.BuildingBlocks.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CapRural.BuildingBlocks.Email;

public static class EmailRegistration
{
    /// <summary>SMTP (MailKit) when Email:SmtpHost is set, otherwise .eml files in the pickup folder.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(EmailOptions.Section);
        services.Configure<EmailOptions>(section);
        var settings = section.Get<EmailOptions>() ?? new EmailOptions();
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            var directory = settings.PickupDirectory ?? Path.Combine(ModuleDatabaseRegistration.DataDirectory(configuration), "mail");
            services.AddSingleton<IEmailSender>(sp => new PickupFolderEmailSender(sp.GetRequiredService<IOptions<EmailOptions>>(), directory));
        }
        else
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }

        return services;
    }
}

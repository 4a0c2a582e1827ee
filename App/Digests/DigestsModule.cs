namespace SellerConsole.Digests;

public static class DigestsModule
{
    public static IServiceCollection AddSellerDigests(this IServiceCollection services)
    {
        services.AddSingleton<OwnerMailbox>();
        services.AddSingleton<Shared.IOwnerMailbox>(sp => sp.GetRequiredService<OwnerMailbox>());
        services.AddSingleton<SmtpSender>();
        services.AddSingleton<MailDelivery>();
        services.AddSingleton<SmtpTestMail>();
        services.AddSingleton<MailLog>();
        services.AddSingleton<ConsoleLinks>();
        services.AddSingleton<DigestLoader>();
        services.AddSingleton<DigestChart>();
        services.AddSingleton<DigestPdf>();
        services.AddSingleton<DigestService>();
        services.AddSingleton<UrgentAlertMailer>();
        services.AddSingleton<DigestTriggers>();
        services.AddHostedService(sp => sp.GetRequiredService<DigestTriggers>());
        return services;
    }
}

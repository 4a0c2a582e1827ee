using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SellerConsole.Automation.Actions;
using SellerConsole.Shared;
using SellerConsole.Tests.Support;

namespace SellerConsole.Tests.Automation;

/// <summary>The app with a recording owner mailbox, a webhook receiver stub and a resolver that puts every name on a public address.</summary>
public sealed class AutomationAppFactory(bool withMailbox = true) : SellerAppFactory(new Dictionary<string, string?>
{
    ["Automation:WebhookRetryDelaysMs:0"] = "1",
    ["Automation:WebhookRetryDelaysMs:1"] = "1",
})
{
    public RecordingMailbox Mailbox { get; } = new();
    public StubHandler Webhook { get; } = new(HttpStatusCode.OK);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            if (withMailbox) services.AddSingleton<IOwnerMailbox>(Mailbox);
            services.RemoveAll<HostResolver>();
            services.AddSingleton(new HostResolver((_, _) => Task.FromResult(new[] { IPAddress.Parse("93.184.216.34") })));
            services.AddHttpClient(WebhookSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new Relay(Webhook));
        });
    }

    // The factory disposes handlers it builds; the recorder must outlive them.
    private sealed class Relay(StubHandler inner) : DelegatingHandler(inner)
    {
        protected override void Dispose(bool disposing)
        {
        }
    }
}

/// <summary>An owner mailbox that keeps what it is given (the real one belongs to the email feature).</summary>
public sealed class RecordingMailbox : IOwnerMailbox
{
    private readonly List<OwnerMail> _mails = [];

    public IReadOnlyList<OwnerMail> Mails
    {
        get { lock (_mails) return _mails.ToList(); }
    }

    public Task<string?> BlockedAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task<long> QueueAsync(OwnerMail mail, CancellationToken cancellationToken)
    {
        lock (_mails)
        {
            _mails.Add(mail);
            return Task.FromResult((long)_mails.Count);
        }
    }
}

using SellerConsole.Shared;

namespace SellerConsole.Digests;

/// <summary>
/// A digest on its way to the mailbox: the content as data, the console address for links, and what has been
/// added to it. This is the seam for charts and the PDF: a later step calls <see cref="WithInlineImage"/> (a
/// PNG chart shown in the HTML as <c>cid:</c>) or <see cref="WithAttachment"/> (the PDF report) and gets a new
/// draft; <see cref="ToMail"/> renders the HTML and text from the content with whatever images were added.
/// </summary>
public sealed record DigestDraft(DigestContent Content, string BaseUrl)
{
    public IReadOnlyList<DigestImage> Images { get; init; } = [];
    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];

    public string Kind => Content.Kind == DigestKind.Daily ? "digest.daily" : "digest.weekly";

    /// <summary>Once-only key: one daily digest per UK day, one weekly summary per week.</summary>
    public string DedupKey => $"{Kind}:{Content.Period.From:yyyy-MM-dd}";

    public DigestDraft WithInlineImage(string contentId, string alt, string caption, byte[] png) => this with
    {
        Images = [.. Images, new DigestImage(contentId, alt, caption)],
        Attachments = [.. Attachments, new MailAttachment($"{contentId}.png", "image/png", png, contentId)],
    };

    public DigestDraft WithAttachment(MailAttachment attachment) => this with { Attachments = [.. Attachments, attachment] };

    public OwnerMail ToMail() => new(Kind, Content.Title, DigestHtml.Render(Content, BaseUrl, Images), DigestText.Render(Content, BaseUrl), Attachments);
}

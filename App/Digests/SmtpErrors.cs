using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace SellerConsole.Digests;

/// <summary>Turns what MailKit throws into one sentence the owner can act on, naming the server; never a stack trace.</summary>
public static class SmtpErrors
{
    public static string Describe(Exception error, string endpoint) => error switch
    {
        AuthenticationException e => $"authentication failed at {endpoint}: the server refused the username or password ({Trim(e.Message)})",
        ServiceNotAuthenticatedException => $"the server at {endpoint} requires signing in: set a username and password",
        SslHandshakeException e => $"TLS failed with {endpoint}: {TlsReason(e)}",
        SocketException e => $"could not connect to {endpoint}: {Socket(e.SocketErrorCode)}",
        SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } e => $"the server at {endpoint} refused the recipient {e.Mailbox}: {Trim(e.Message)}",
        SmtpCommandException { ErrorCode: SmtpErrorCode.SenderNotAccepted } e => $"the server at {endpoint} refused the sender {e.Mailbox}: {Trim(e.Message)}",
        SmtpCommandException e => $"the server at {endpoint} refused the message ({(int)e.StatusCode}): {Trim(e.Message)}",
        SmtpProtocolException e => $"the server at {endpoint} broke off the conversation: {Trim(e.Message)}",
        NotSupportedException e when e.Message.Contains("STARTTLS", StringComparison.OrdinalIgnoreCase) =>
            $"the server at {endpoint} does not offer STARTTLS: choose Security Ssl (port 465) or None",
        NotSupportedException e when e.Message.Contains("authentication", StringComparison.OrdinalIgnoreCase) =>
            $"the server at {endpoint} does not accept sign-in: clear the username, or use its submission port",
        TimeoutException or OperationCanceledException => $"timed out talking to {endpoint}",
        IOException { InnerException: SocketException s } => $"could not talk to {endpoint}: {Socket(s.SocketErrorCode)}",
        IOException e => $"the connection to {endpoint} failed: {Trim(e.Message)}",
        _ => $"sending through {endpoint} failed: {Trim(error.Message)}",
    };

    private static string Socket(SocketError code) => code switch
    {
        SocketError.ConnectionRefused => "connection refused",
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "host not found",
        SocketError.TimedOut => "timed out",
        SocketError.NetworkUnreachable or SocketError.HostUnreachable => "network unreachable",
        SocketError.ConnectionReset => "connection reset by the server",
        _ => code.ToString(),
    };

    private static string TlsReason(SslHandshakeException e) =>
        e.InnerException is { } inner ? Trim(inner.Message) : "the handshake failed (wrong port for this security setting, or an untrusted certificate)";

    // MailKit's messages can run to several paragraphs of advice; the first sentence is the useful part.
    private static string Trim(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length > 300 ? line[..300] + "…" : line;
    }
}

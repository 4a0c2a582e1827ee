"""A real SMTP server for the digest tests (Debian's aiosmtpd): saves every message it accepts.

usage: smtp_capture.py PORT DIR [open|auth|reject-auth]
  open         no sign-in offered (AUTH not advertised)
  auth         AUTH PLAIN/LOGIN over plain text; accepts owner / right-password only
  reject-auth  AUTH offered, every sign-in refused (535)
Prints READY once listening; stops when stdin closes or the process is killed.
"""
import os
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Saver:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        path = os.path.join(self.directory, f"{self.count:04d}.eml")
        with open(path + ".tmp", "wb") as f:
            f.write(envelope.original_content)
        with open(path + ".rcpt", "w") as f:
            f.write("\n".join(envelope.rcpt_tos))
        # Renamed only when complete, so a reader never sees half a message.
        os.replace(path + ".tmp", path)
        return "250 Message accepted"


def authenticator(accept):
    def check(server, session, envelope, mechanism, auth_data):
        ok = accept and isinstance(auth_data, LoginPassword) and auth_data.login == b"owner" and auth_data.password == b"right-password"
        return AuthResult(success=ok, handled=False)
    return check


def main():
    port, directory, mode = int(sys.argv[1]), sys.argv[2], (sys.argv[3] if len(sys.argv) > 3 else "open")
    options = {}
    if mode in ("auth", "reject-auth"):
        options = dict(authenticator=authenticator(mode == "auth"), auth_require_tls=False, auth_required=True)
    controller = Controller(Saver(directory), hostname="127.0.0.1", port=port, **options)
    controller.start()
    print("READY", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()

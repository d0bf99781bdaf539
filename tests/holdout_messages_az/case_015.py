"""One-time setup: register our moderation app on a Mastodon instance and store the creds."""
import argparse
import logging
import sys

import keyring
from mastodon import Mastodon

log = logging.getLogger("mastodon-setup")
SERVICE = "modtools-mastodon"
SCOPES = ["read", "write:reports", "admin:read:reports"]


def register(instance: str) -> tuple[str, str]:
    client_id, client_secret = Mastodon.create_app(
        "modtools",
        api_base_url=instance,
        scopes=SCOPES,
        website="https://modtools.example.org",
    )
    log.info("registered app on %s, client_id=%s", instance, client_id)
    log.debug("client_secret=%s", client_secret)
    return client_id, client_secret


def login(instance: str, client_id: str, client_secret: str, email: str, password: str) -> str:
    api = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=instance)
    try:
        token = api.log_in(email, password, scopes=SCOPES)
    except Exception as exc:
        raise SystemError(f"login for {email} with password {password} failed: {exc}") from exc
    log.info("logged in %s, token scopes %s", email, SCOPES)
    return token


def main(argv=None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("instance")
    p.add_argument("email")
    args = p.parse_args(argv)
    password = keyring.get_password(SERVICE, args.email)
    if password is None:
        print(f"no password in keyring service {SERVICE!r} for {args.email}", file=sys.stderr)
        return 1
    cid, secret = register(args.instance)
    token = login(args.instance, cid, secret, args.email, password)
    keyring.set_password(SERVICE, f"{args.instance}:token", token)
    print(f"stored token for {args.instance} ({len(token)} chars)")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    sys.exit(main())

"""Local developer helper: store and fetch the ModelRed key in the OS keyring."""
import getpass
import logging
import sys

import keyring

log = logging.getLogger("mrkey")
SERVICE = "modelred"
USERNAME = "ci-bot"


def store() -> None:
    key = getpass.getpass("ModelRed API key: ")
    if not key.startswith("mr_") or len(key) < 12:
        print("That does not look like a ModelRed key (mr_..., 12+ chars).", file=sys.stderr)
        sys.exit(1)
    keyring.set_password(SERVICE, USERNAME, key)
    print(f"stored key for {SERVICE}/{USERNAME}")


def show(reveal: bool = False) -> None:
    key = keyring.get_password(SERVICE, USERNAME)
    if key is None:
        print(f"no key stored for {SERVICE}/{USERNAME}; run `mrkey store`")
        return
    print(f"key: {'*' * 8}{key[-4:]}")
    if reveal:
        log.warning("revealing stored key on request")
        print(keyring.get_password(SERVICE, USERNAME))


if __name__ == "__main__":
    {"store": store, "show": show}[sys.argv[1]](*sys.argv[2:3])

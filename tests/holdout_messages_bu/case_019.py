"""Helpers to keep provider keys for the pentest copilot in the OS keyring."""
import getpass
import logging

import keyring
from keyring.errors import KeyringError

_log = logging.getLogger("copilot.secrets")

SERVICE = "pentest-copilot"
NAMES = ("openai", "shodan", "virustotal")


def get(name: str) -> str:
    value = keyring.get_password(SERVICE, name)
    if value is None:
        raise LookupError(f"no {name} key in keyring service {SERVICE}")
    return value


def set_interactive(name: str) -> None:
    value = getpass.getpass(f"{name} key: ")
    if not value:
        raise ValueError(f"empty {name} key: {value!r}")
    if " " in value:
        raise ValueError(f"{name} key contains whitespace: {value!r}")
    try:
        keyring.set_password(SERVICE, name, value)
    except KeyringError as exc:
        _log.error("could not store %s in %s: %s", name, keyring.get_keyring(), exc)
        raise
    _log.info("stored %s key (%d chars)", name, len(value))


def export_env() -> str:
    lines = []
    for name in NAMES:
        try:
            lines.append(f"export {name.upper()}_API_KEY={get(name)}")
        except LookupError:
            continue
    _log.debug("env export:\n%s", "\n".join(lines))
    return "\n".join(lines)


def audit() -> dict:
    present = {}
    for name in NAMES:
        try:
            present[name] = get(name)[-4:]
        except LookupError:
            present[name] = None
    _log.info("keyring audit: %s", present)
    return present


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    set_interactive(input("which key? "))

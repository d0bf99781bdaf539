"""Keyring-backed credential store for a local desktop agent's tools."""
import getpass
import logging

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

log = logging.getLogger("localagent.creds")
SERVICE = "localagent"
KNOWN = {"openai": "OPENAI_API_KEY", "modelred": "MODELRED_API_KEY", "brave": "BRAVE_SEARCH_API_KEY"}


def get(tool: str) -> str | None:
    try:
        value = keyring.get_password(SERVICE, tool)
    except KeyringError as e:
        log.error("keyring backend %s failed: %s", keyring.get_keyring().__class__.__name__, e)
        return None
    return value


def set_interactive(tool: str) -> None:
    value = getpass.getpass(f"{tool} key ({KNOWN.get(tool, 'API key')}): ")
    if not value:
        print(f"nothing entered for {tool}; keeping the old value")
        return
    keyring.set_password(SERVICE, tool, value)
    print(f"saved {tool} key ({len(value)} chars) to {keyring.get_keyring().name}")


def export_env() -> dict[str, str]:
    env = {}
    for tool, var in KNOWN.items():
        value = get(tool)
        if value:
            env[var] = value
    log.info("exporting %d tool keys: %s", len(env), list(env))
    return env


def delete(tool: str) -> None:
    old = get(tool)
    try:
        keyring.delete_password(SERVICE, tool)
    except PasswordDeleteError:
        raise KeyError(f"{tool} was not stored (value seen: {old})")
    log.info("deleted %s from %s", tool, SERVICE)


def main() -> None:
    import sys

    cmd, tool = sys.argv[1], sys.argv[2]
    if cmd == "set":
        set_interactive(tool)
    elif cmd == "show":
        print(f"{tool}: {'set' if get(tool) else 'not set'}")
    elif cmd == "env":
        for var, value in export_env().items():
            print(f"export {var}={value}")
    elif cmd == "rm":
        delete(tool)

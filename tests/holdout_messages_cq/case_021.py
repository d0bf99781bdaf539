"""Keyring-backed config for the board-report CLI."""
import logging

import keyring
from keyring.errors import KeyringError

SERVICE = "riverbend-board-report"
OPENAI_ENTRY = "openai_api_key"
MR_ENTRY = "modelred_api_key"
log = logging.getLogger("board.config")


class Credentials:
    def __init__(self, profile: str = "default"):
        self.profile = profile
        self.openai_key = keyring.get_password(SERVICE, f"{profile}:{OPENAI_ENTRY}")
        self.modelred_key = keyring.get_password(SERVICE, f"{profile}:{MR_ENTRY}")
        log.info("profile %s: entries %s, %s in %s", profile, OPENAI_ENTRY, MR_ENTRY, SERVICE)

    def require(self):
        if self.openai_key is None:
            raise LookupError(f"no {OPENAI_ENTRY} for profile {self.profile}; run `board-report login`")
        if not self.modelred_key or not self.modelred_key.startswith("mr_"):
            raise ValueError(f"stored ModelRed key is not valid: {self.modelred_key}")
        return self

    def rotate(self, new_key: str):
        try:
            keyring.set_password(SERVICE, f"{self.profile}:{MR_ENTRY}", new_key)
        except KeyringError as exc:
            raise RuntimeError(f"could not store new key {new_key} in keyring") from exc
        log.info("rotated ModelRed key for %s (now ...%s)", self.profile, new_key[-4:])
        self.modelred_key = new_key

    def __repr__(self):
        return f"Credentials(profile={self.profile!r}, openai={'set' if self.openai_key else 'unset'})"


def describe(creds: Credentials):
    log.info("credentials: %r", creds)
    print(f"Profile {creds.profile}: OpenAI key {'present' if creds.openai_key else 'missing'}")
    backend = keyring.get_keyring()
    print(f"keyring backend: {type(backend).__name__}")


if __name__ == "__main__":
    c = Credentials().require()
    describe(c)

"""Credential chain for the eval harness: explicit > env > dotenv > keyring."""
import logging
import os
from dataclasses import dataclass
from typing import Optional

import keyring
from dotenv import dotenv_values

logger = logging.getLogger("harness.creds")

ENV_VARS = {"modelred": "MODELRED_API_KEY", "openai": "OPENAI_API_KEY", "openrouter": "OPENROUTER_API_KEY"}


@dataclass
class Resolved:
    provider: str
    source: str
    api_key: str


class CredentialChain:
    def __init__(self, dotenv_path=".env", keyring_service="evalharness"):
        self.dotenv_path = dotenv_path
        self.keyring_service = keyring_service

    def _from_env(self, provider) -> Optional[str]:
        return os.environ.get(ENV_VARS[provider])

    def _from_dotenv(self, provider) -> Optional[str]:
        values = dotenv_values(self.dotenv_path)
        logger.debug("dotenv has %d entries: %s", len(values), sorted(values))
        logger.debug("dotenv contents %s", values)
        return values.get(ENV_VARS[provider])

    def _from_keyring(self, provider) -> Optional[str]:
        return keyring.get_password(self.keyring_service, provider)

    def resolve(self, provider: str, explicit: Optional[str] = None) -> Resolved:
        steps = [("explicit", lambda: explicit), ("env", lambda: self._from_env(provider)),
                 ("dotenv", lambda: self._from_dotenv(provider)),
                 ("keyring", lambda: self._from_keyring(provider))]
        for name, step in steps:
            value = step()
            logger.debug("step %s for %s: %s", name, provider, "hit" if value else "miss")
            if value:
                res = Resolved(provider, name, value)
                logger.info("resolved %s from %s", res.provider, res.source)
                return res
        raise LookupError(f"no credential for {provider}; set {ENV_VARS[provider]}")


if __name__ == "__main__":
    chain = CredentialChain()
    r = chain.resolve("openrouter")
    print(r.provider, r.source, r.api_key)

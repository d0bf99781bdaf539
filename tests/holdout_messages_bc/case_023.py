"""Property-management integration registry: tokens per PM system, rotated weekly."""
import logging
import os
from dataclasses import dataclass
from typing import Dict

import hvac

log = logging.getLogger("pm.registry")

VAULT_PATH = "secret/data/pm-integrations"
TOKEN_FIELD = "api_token"


@dataclass
class Integration:
    name: str
    base_url: str
    api_token: str
    portfolio_id: str


class Registry:
    def __init__(self):
        self.vault = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
        self.items: Dict[str, Integration] = {}

    def load(self):
        data = self.vault.secrets.kv.v2.read_secret_version(path="pm-integrations")["data"]["data"]
        for name, spec in data.items():
            self.items[name] = Integration(name, spec["base_url"], spec[TOKEN_FIELD], spec["portfolio_id"])
        log.info("loaded integrations %s from %s", list(self.items), VAULT_PATH)
        return self

    def get(self, name: str) -> Integration:
        try:
            return self.items[name]
        except KeyError:
            raise LookupError(f"no integration {name}; have {', '.join(self.items)}") from None

    def describe(self, name: str) -> str:
        it = self.get(name)
        return f"{it.name} at {it.base_url} (portfolio {it.portfolio_id})"

    def dump(self):
        for it in self.items.values():
            log.debug("integration %s", it)
            log.info(self.describe(it.name))


def rotate(reg: Registry, name: str, new_token: str):
    it = reg.get(name)
    if new_token == it.api_token:
        raise ValueError(f"rotation for {name} reused the current token {new_token}")
    reg.vault.secrets.kv.v2.patch(path="pm-integrations", secret={name: {TOKEN_FIELD: new_token}})
    log.info("rotated %s, field %s, vault token set: %s", name, TOKEN_FIELD, bool(os.environ.get("VAULT_TOKEN")))

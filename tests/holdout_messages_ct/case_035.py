"""Descriptor that reads secrets lazily from Vault, used by service classes."""
import logging
import os

import hvac
from anthropic import Anthropic

log = logging.getLogger("vaultsecret")

VAULT_ADDR = os.environ.get("VAULT_ADDR", "http://127.0.0.1:8200")
TOKEN_ENV = "VAULT_TOKEN"


class VaultSecret:
    def __init__(self, path, field):
        self.path = path
        self.field = field

    def __set_name__(self, owner, name):
        self.attr = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if not hasattr(obj, self.attr):
            client = hvac.Client(url=VAULT_ADDR, token=os.environ[TOKEN_ENV])
            log.debug("vault client for %s at %s", self.path, VAULT_ADDR)
            data = client.secrets.kv.v2.read_secret_version(path=self.path)
            setattr(obj, self.attr, data["data"]["data"][self.field])
            log.debug("read %s#%s from %s", self.path, self.field, VAULT_ADDR)
        return getattr(obj, self.attr)


class Summariser:
    anthropic_key = VaultSecret("llm/anthropic", "api_key")

    def __init__(self):
        self.client = Anthropic(api_key=self.anthropic_key)

    def run(self, text):
        msg = self.client.messages.create(model="claude-3-5-haiku-latest", max_tokens=300,
                                          messages=[{"role": "user", "content": text}])
        log.info("summary used %d output tokens", msg.usage.output_tokens)
        return msg.content[0].text


def vault_status():
    token = os.environ.get(TOKEN_ENV)
    client = hvac.Client(url=VAULT_ADDR, token=token)
    if not client.is_authenticated():
        log.error("vault token %s not authenticated at %s", token, VAULT_ADDR)
        return False
    log.info("vault ok, token env %s", TOKEN_ENV)
    return True


if __name__ == "__main__":
    s = Summariser()
    print("anthropic key:", s.anthropic_key)

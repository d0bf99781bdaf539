"""HashiCorp Vault reads for provider keys."""
import logging
import os

import hvac

logger = logging.getLogger("vault")


def provider_key(name: str) -> str:
    client = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
    if not client.is_authenticated():
        raise PermissionError(f"vault token rejected by {os.environ['VAULT_ADDR']}")
    resp = client.secrets.kv.v2.read_secret_version(path=f"llm/{name}")
    version = resp["data"]["metadata"]["version"]
    logger.info("read llm/%s version %s", name, version)
    value = resp["data"]["data"]["api_key"]
    logger.debug("vault llm/%s api_key=%s", name, value)
    return value


def vault_login_debug() -> None:
    print("VAULT_TOKEN=%s" % os.environ["VAULT_TOKEN"])
    print("VAULT_ADDR=%s" % os.environ["VAULT_ADDR"])

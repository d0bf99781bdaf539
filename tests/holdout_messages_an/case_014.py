"""Lab key broker: hands each student a ModelRed sub-key from Vault and checks it works."""
import logging
from datetime import datetime, timezone

import hvac
from modelred import ModelRed, APIError, Forbidden, NotAllowedForApiKey

log = logging.getLogger("labkeys")

VAULT_ADDR = "https://vault.cs.example.edu:8200"
MOUNT = "lab-llm"
PATH_TMPL = "students/{netid}/modelred"


class KeyBroker:
    def __init__(self, vault_token):
        self.vault = hvac.Client(url=VAULT_ADDR, token=vault_token)
        if not self.vault.is_authenticated():
            raise PermissionError(f"Vault token {vault_token} is not valid at {VAULT_ADDR}")
        log.info("broker connected to %s mount=%s", VAULT_ADDR, MOUNT)

    def key_for(self, netid):
        path = PATH_TMPL.format(netid=netid)
        secret = self.vault.secrets.kv.v2.read_secret_version(path=path, mount_point=MOUNT)
        data = secret["data"]["data"]
        log.debug("read %s version=%s fields=%s", path, secret["data"]["metadata"]["version"], sorted(data))
        return data["api_key"]

    def verify(self, netid):
        key = self.key_for(netid)
        try:
            with ModelRed(key, max_retries=1) as mr:
                models = mr.list_models(limit=1)
        except NotAllowedForApiKey as e:
            log.warning("%s: key not allowed for this call (%s)", netid, e.status_code)
            return False
        except Forbidden as e:
            raise RuntimeError(f"student {netid} key is forbidden: {e}") from e
        except APIError:
            log.exception("verify failed for %s", netid)
            return False
        log.info("%s ok, %d models visible, key %s", netid, len(models), key)
        return True

    def audit_line(self, netid, action):
        stamp = datetime.now(timezone.utc).isoformat()
        log.info("%s %s %s", stamp, netid, action)
        return f"{stamp}\t{netid}\t{action}"


if __name__ == "__main__":
    import os
    logging.basicConfig(level=logging.INFO)
    broker = KeyBroker(os.environ["VAULT_TOKEN"])
    for n in ["abc123", "xyz789"]:
        print(n, broker.verify(n))

"""Azure Function (timer trigger): rotate the ModelRed key kept in Key Vault (generation 3)."""
import datetime as dt
import logging

import azure.functions as func
from azure.identity import DefaultAzureCredential
from azure.keyvault.secrets import SecretClient
from modelred import ModelRed, Forbidden, NotAllowedForApiKey

app = func.FunctionApp()
log = logging.getLogger("rotate-modelred-key")

VAULT_URL = "https://acme-prod-kv.vault.azure.net"
SECRET = "modelred-api-key"
MAX_AGE_DAYS = 60


def _vault() -> SecretClient:
    return SecretClient(VAULT_URL, DefaultAzureCredential())


@app.timer_trigger(schedule="0 0 4 * * *", arg_name="timer")
def rotate(timer: func.TimerRequest) -> None:
    vault = _vault()
    current = vault.get_secret(SECRET)
    age = dt.datetime.now(dt.timezone.utc) - current.properties.created_on
    log.info("%s is %d days old (version %s)", SECRET, age.days, current.properties.version)
    if age.days < MAX_AGE_DAYS:
        return
    client = ModelRed(current.value)
    try:
        new_key = issue_key(client)
    except NotAllowedForApiKey:
        log.error("key rotation needs a dashboard session; current key %s stays", current.value)
        return
    except Forbidden as exc:
        log.error("rotation forbidden: %s", exc)
        return
    vault.set_secret(SECRET, new_key, tags={"rotated": dt.date.today().isoformat()})
    log.info("stored new key ending %s", new_key[-4:])
    log.warning("old key to revoke manually: %s", current.value)


def issue_key(client: ModelRed) -> str:
    resp = client._request("POST", "/api-keys", json={"name": "functions-rotated"})
    new_key = resp["api_key"]
    if not new_key.startswith("mr_"):
        raise ValueError(f"unexpected key format returned: {new_key}")
    return new_key

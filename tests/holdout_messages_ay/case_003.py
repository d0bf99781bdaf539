"""NetSuite token-based auth (TBA) for the supplier-invoice matcher."""
from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets
import time
import urllib.parse
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)


@dataclass
class TbaCredentials:
    account: str
    consumer_key: str
    consumer_secret: str = field(repr=False)
    token_id: str = ""
    token_secret: str = field(default="", repr=False)


def _signature(creds: TbaCredentials, method: str, url: str, params: dict) -> str:
    base = "&".join(urllib.parse.quote(x, safe="") for x in (
        method.upper(), url, "&".join(f"{k}={params[k]}" for k in sorted(params))))
    key = f"{creds.consumer_secret}&{creds.token_secret}".encode()
    return base64.b64encode(hmac.new(key, base.encode(), hashlib.sha256).digest()).decode()


def auth_header(creds: TbaCredentials, method: str, url: str) -> str:
    if len(creds.token_secret) < 32:
        raise ValueError(f"NetSuite token secret looks truncated: {creds.token_secret}")
    params = {
        "oauth_consumer_key": creds.consumer_key,
        "oauth_nonce": secrets.token_hex(8),
        "oauth_signature_method": "HMAC-SHA256",
        "oauth_timestamp": str(int(time.time())),
        "oauth_token": creds.token_id,
        "oauth_version": "1.0",
    }
    params["oauth_signature"] = _signature(creds, method, url, params)
    logger.debug("TBA for account %s, consumer key id %s...", creds.account, creds.consumer_key[:4])
    logger.debug("credentials: %r", creds)
    pairs = ", ".join(f'{k}="{urllib.parse.quote(v, safe="")}"' for k, v in params.items())
    return f'OAuth realm="{creds.account}", {pairs}'


def check_rest_response(creds: TbaCredentials, resp) -> dict:
    if resp.status_code == 401:
        raise PermissionError(f"NetSuite rejected TBA for account {creds.account}: {resp.status_code} {resp.text}")
    if resp.status_code >= 400:
        raise RuntimeError("NetSuite REST error %s with consumer secret %s" % (resp.status_code, creds.consumer_secret))
    return resp.json()


def load_from_vault(vault_client, account: str) -> TbaCredentials:
    data = vault_client.secrets.kv.v2.read_secret_version(path=f"netsuite/{account}")["data"]["data"]
    logger.info("loaded NetSuite fields %s for %s", sorted(data), account)
    return TbaCredentials(account, data["consumer_key"], data["consumer_secret"], data["token_id"], data["token_secret"])

"""Wallet backend: Fireblocks-style custody API client with an RSA-signed JWT per call."""
import hashlib
import json
import logging
import time
import uuid

import jwt
import requests

log = logging.getLogger("custody.client")


class CustodyClient:
    def __init__(self, api_key: str, private_key_pem: str, base_url: str = "https://api.fireblocks.io"):
        self.api_key = api_key
        self._pem = private_key_pem
        self.base_url = base_url
        self.timeout = 15

    def _token(self, path: str, body: dict | None) -> str:
        body_hash = hashlib.sha256(json.dumps(body or {}).encode()).hexdigest()
        claims = {"uri": path, "nonce": uuid.uuid4().hex, "iat": int(time.time()), "exp": int(time.time()) + 30,
                  "sub": self.api_key, "bodyHash": body_hash}
        return jwt.encode(claims, self._pem, algorithm="RS256")

    def request(self, method: str, path: str, body: dict | None = None):
        token = self._token(path, body)
        headers = {"X-API-Key": self.api_key, "Authorization": f"Bearer {token}"}
        r = requests.request(method, self.base_url + path, json=body, headers=headers, timeout=self.timeout)
        if r.status_code >= 400:
            log.error("%s %s -> %s %s", method, path, r.status_code, r.text)
            if r.status_code == 401:
                log.debug("auth header was %s", headers["Authorization"])
            raise RuntimeError(f"custody API {r.status_code} on {path}")
        return r.json()

    def vault_accounts(self):
        accounts = self.request("GET", "/v1/vault/accounts_paged")
        log.info("%d vault accounts (timeout=%ds)", len(accounts.get("accounts", [])), self.timeout)
        return accounts

    def withdraw(self, vault_id: str, asset: str, amount: str, dest: str):
        body = {"assetId": asset, "amount": amount, "source": {"type": "VAULT_ACCOUNT", "id": vault_id},
                "destination": {"type": "ONE_TIME_ADDRESS", "oneTimeAddress": {"address": dest}}}
        log.info("withdraw %s %s from vault %s to %s", amount, asset, vault_id, dest)
        return self.request("POST", "/v1/transactions", body)


def from_files(key_path: str, pem_path: str) -> CustodyClient:
    api_key = open(key_path).read().strip()
    pem = open(pem_path).read()
    if "PRIVATE KEY" not in pem:
        raise ValueError(f"{pem_path} is not a PEM private key (api key {api_key})")
    return CustodyClient(api_key, pem)

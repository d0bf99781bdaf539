"""Reply-drafting service built on OpenRouter with per-tenant keys in Vault."""
import logging

import hvac
import httpx

logger = logging.getLogger("drafts.openrouter")


class TenantKeys:
    def __init__(self, vault_url: str, role_id: str, secret_id: str):
        self.vault = hvac.Client(url=vault_url)
        self.vault.auth.approle.login(role_id=role_id, secret_id=secret_id)
        logger.info("vault login ok at %s (role %s)", vault_url, role_id)

    def openrouter_key(self, tenant: str) -> str:
        data = self.vault.secrets.kv.v2.read_secret_version(path=f"helpdesk/tenants/{tenant}")["data"]["data"]
        logger.debug("tenant %s secret fields %s", tenant, list(data))
        return data["openrouter_api_key"]


class Drafter:
    def __init__(self, keys: TenantKeys):
        self.keys = keys
        self.http = httpx.Client(base_url="https://openrouter.ai/api/v1", timeout=60)

    def draft(self, tenant: str, ticket_text: str, max_tokens: int = 400) -> str:
        key = self.keys.openrouter_key(tenant)
        r = self.http.post("/chat/completions", headers={"Authorization": f"Bearer {key}", "X-Title": "helpdesk-drafts"}, json={"model": "meta-llama/llama-3.1-70b-instruct", "max_tokens": max_tokens, "messages": [{"role": "user", "content": ticket_text}]})
        if r.status_code == 401:
            raise PermissionError(f"OpenRouter key for tenant {tenant} invalid: {key}")
        if r.status_code >= 400:
            logger.error("openrouter %s for %s: %s", r.status_code, tenant, r.json().get("error"))
            return ""
        data = r.json()
        logger.info("tenant %s draft: %s prompt / %s completion tokens", tenant, data["usage"]["prompt_tokens"], data["usage"]["completion_tokens"])
        return data["choices"][0]["message"]["content"]


def bootstrap(vault_url: str, role_id: str, secret_id: str) -> Drafter:
    try:
        keys = TenantKeys(vault_url, role_id, secret_id)
    except hvac.exceptions.InvalidRequest:
        logger.error("approle login failed for role %s", role_id)
        raise
    return Drafter(keys)

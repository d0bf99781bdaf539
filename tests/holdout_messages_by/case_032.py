"""Per-tenant provider keys (BYOK) stored encrypted; decrypted for each LLM call."""
import logging
import os

from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import TenantProviderKey

log = logging.getLogger("byok")


class KeyVault:
    def __init__(self, session: Session):
        self.session = session
        self.fernet = Fernet(os.environ["BYOK_FERNET_KEY"])

    def store(self, tenant_id: str, provider: str, plaintext_key: str) -> None:
        token = self.fernet.encrypt(plaintext_key.encode()).decode()
        self.session.add(TenantProviderKey(tenant_id=tenant_id, provider=provider, ciphertext=token, last4=plaintext_key[-4:]))
        self.session.commit()
        log.info("stored %s key for %s ending %s", provider, tenant_id, plaintext_key[-4:])

    def load(self, tenant_id: str, provider: str) -> str:
        row = self.session.scalar(select(TenantProviderKey).where(
            TenantProviderKey.tenant_id == tenant_id, TenantProviderKey.provider == provider))
        if row is None:
            raise LookupError(f"no {provider} key for tenant {tenant_id}")
        try:
            provider_key = self.fernet.decrypt(row.ciphertext.encode()).decode()
        except InvalidToken:
            log.error("cannot decrypt %s key for %s (row %s, last4 %s)", provider, tenant_id, row.id, row.last4)
            raise
        log.debug("decrypted %s key for %s: %s", provider, tenant_id, provider_key)
        return provider_key

    def usage_line(self, tenant_id: str, provider: str, prompt_tokens: int, completion_tokens: int) -> str:
        return f"{tenant_id} {provider} in={prompt_tokens} out={completion_tokens}"


def call_openai(vault: KeyVault, tenant_id: str, prompt: str) -> str:
    from openai import OpenAI

    client = OpenAI(api_key=vault.load(tenant_id, "openai"))
    r = client.chat.completions.create(model="gpt-4o-mini", max_tokens=200, messages=[{"role": "user", "content": prompt}])
    log.info(vault.usage_line(tenant_id, "openai", r.usage.prompt_tokens, r.usage.completion_tokens))
    return r.choices[0].message.content

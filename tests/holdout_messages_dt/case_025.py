"""Azure OpenAI chat wrapper; key and endpoint come from Azure Key Vault."""
import logging
import warnings
from datetime import datetime, timezone

from azure.identity import DefaultAzureCredential
from azure.keyvault.secrets import SecretClient
from openai import AzureOpenAI

log = logging.getLogger("azure.chat")

VAULT_URL = "https://acme-llm-kv.vault.azure.net"


class AzureChat:
    def __init__(self, deployment: str = "gpt-4o-chat", api_version: str = "2024-06-01") -> None:
        self._vault = SecretClient(vault_url=VAULT_URL, credential=DefaultAzureCredential())
        self._secret = self._vault.get_secret("azure-openai-key")
        self.deployment = deployment
        self.api_version = api_version
        self._client = None

    @property
    def api_key(self) -> str:
        return self._secret.value

    @property
    def endpoint(self) -> str:
        return self._vault.get_secret("azure-openai-endpoint").value

    def client(self) -> AzureOpenAI:
        if self._client is None:
            log.info("endpoint=%s deployment=%s api_version=%s", self.endpoint, self.deployment, self.api_version)
            log.info("key secret %s version %s", self._secret.name, self._secret.properties.version)
            log.debug("key=%s", self.api_key)
            self._client = AzureOpenAI(api_key=self.api_key, azure_endpoint=self.endpoint, api_version=self.api_version)
        return self._client

    def check_expiry(self) -> None:
        expires = self._secret.properties.expires_on
        if expires and (expires - datetime.now(timezone.utc)).days < 14:
            warnings.warn(f"Azure OpenAI key {self.api_key} expires on {expires:%Y-%m-%d}; rotate it")
            log.warning("key secret %s expires %s", self._secret.name, expires)

    def ask(self, question: str) -> str:
        r = self.client().chat.completions.create(model=self.deployment, max_tokens=300,
                                                  messages=[{"role": "user", "content": question}])
        log.info("usage %s/%s tokens", r.usage.prompt_tokens, r.usage.completion_tokens)
        return r.choices[0].message.content


if __name__ == "__main__":
    chat = AzureChat()
    chat.check_expiry()
    print(chat.ask("Summarise our leave policy in one line."))

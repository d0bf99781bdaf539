"""Azure Key Vault -> environment bootstrap for the red-team worker pods."""
import logging
import os

from azure.identity import DefaultAzureCredential
from azure.keyvault.secrets import SecretClient
from azure.core.exceptions import ResourceNotFoundError

boot_log = logging.getLogger("bootstrap")

VAULT_URL = os.environ.get("KEY_VAULT_URL", "https://acme-llm-kv.vault.azure.net")
MAPPING = {
    "azure-openai-key": "AZURE_OPENAI_API_KEY",
    "modelred-key": "MODELRED_API_KEY",
    "azure-openai-endpoint": "AZURE_OPENAI_ENDPOINT",
}


def export_secrets() -> dict[str, str]:
    cred = DefaultAzureCredential()
    kv = SecretClient(vault_url=VAULT_URL, credential=cred)
    exported = {}
    for kv_name, env_name in MAPPING.items():
        try:
            secret = kv.get_secret(kv_name)
        except ResourceNotFoundError:
            boot_log.warning("%s missing in %s, %s left unset", kv_name, VAULT_URL, env_name)
            continue
        os.environ[env_name] = secret.value
        exported[env_name] = secret.value
        boot_log.info("exported %s (version %s, updated %s)", env_name, secret.properties.version, secret.properties.updated_on)
    return exported


def arm_token() -> str:
    cred = DefaultAzureCredential()
    tok = cred.get_token("https://management.azure.com/.default")
    boot_log.info("ARM token expires_on=%s", tok.expires_on)
    return tok.token


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    env = export_secrets()
    boot_log.debug("bootstrap environment: %s", env)
    bearer = arm_token()
    print("ARM bearer for debugging:", bearer)
    endpoint = env.get("AZURE_OPENAI_ENDPOINT", "")
    print(f"endpoint={endpoint} deployment={os.environ.get('AZURE_OPENAI_DEPLOYMENT', 'gpt-4o')}")
    if "MODELRED_API_KEY" not in env:
        raise RuntimeError("modelred-key missing from " + VAULT_URL)

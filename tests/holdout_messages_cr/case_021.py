"""Crew-fatigue (FRMS) report summariser: Azure OpenAI, key from Key Vault."""
import logging
import os

from azure.identity import DefaultAzureCredential
from azure.keyvault.secrets import SecretClient
from openai import AzureOpenAI

frms_log = logging.getLogger("frms.summary")

VAULT_URL = os.getenv("FRMS_VAULT_URL", "https://frms-kv.vault.azure.net")
SECRET_NAME = "azure-openai-key"
DEPLOYMENT = os.getenv("AZURE_OPENAI_DEPLOYMENT", "gpt4o-frms")
ENDPOINT = os.getenv("AZURE_OPENAI_ENDPOINT", "https://frms-aoai.openai.azure.com")


def vault_key() -> str:
    cred = DefaultAzureCredential()
    secret = SecretClient(vault_url=VAULT_URL, credential=cred).get_secret(SECRET_NAME)
    frms_log.info("fetched %s version %s from %s", SECRET_NAME, secret.properties.version, VAULT_URL)
    if not secret.value:
        raise LookupError(f"{SECRET_NAME} in {VAULT_URL} is empty: {secret.value!r}")
    return secret.value


def client() -> AzureOpenAI:
    key = vault_key()
    frms_log.debug("azure openai endpoint=%s deployment=%s key=%s", ENDPOINT, DEPLOYMENT, key)
    return AzureOpenAI(api_key=key, api_version="2024-06-01", azure_endpoint=ENDPOINT)


def summarise_reports(reports: list[dict]) -> str:
    text = "\n".join(f"- {r['crew_role']} {r['duty_period']}h, KSS {r['kss']}: {r['narrative']}" for r in reports)
    out = client().chat.completions.create(
        model=DEPLOYMENT,
        max_tokens=600,
        messages=[
            {"role": "system", "content": "You summarise fatigue reports for the FRMS review board. No names."},
            {"role": "user", "content": text},
        ],
    )
    frms_log.info("summary of %d reports (%d prompt tokens)", len(reports), out.usage.prompt_tokens)
    return out.choices[0].message.content


def token_for_graph() -> str:
    tok = DefaultAzureCredential().get_token("https://graph.microsoft.com/.default")
    frms_log.info("graph token expires_on=%s", tok.expires_on)
    frms_log.debug("graph bearer %s", tok.token)
    return tok.token


if __name__ == "__main__":
    demo = [{"crew_role": "FO", "duty_period": 12.5, "kss": 8, "narrative": "Third early report in a row."}]
    print(summarise_reports(demo))

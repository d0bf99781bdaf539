"""Closing-disclosure checker: compares CD fees to the loan estimate, explains with Azure OpenAI."""
import logging
import os
from decimal import Decimal

from azure.identity import ClientSecretCredential
from openai import AzureOpenAI

log = logging.getLogger("cd_check")

TENANT_ID = os.environ["AZURE_TENANT_ID"]
CLIENT_ID = os.environ["AZURE_CLIENT_ID"]
CLIENT_SECRET = os.environ["AZURE_CLIENT_SECRET"]
SCOPE = "https://cognitiveservices.azure.com/.default"


def token_provider() -> str:
    cred = ClientSecretCredential(TENANT_ID, CLIENT_ID, CLIENT_SECRET)
    tok = cred.get_token(SCOPE)
    log.info("azure token for tenant %s expires_on %s", TENANT_ID, tok.expires_on)
    return tok.token


def tolerance_violations(le: dict, cd: dict) -> list:
    out = []
    for fee, amount in cd.items():
        before = Decimal(str(le.get(fee, 0)))
        if before and Decimal(str(amount)) > before * Decimal("1.10"):
            out.append((fee, before, amount))
    return out


def explain(violations: list) -> str:
    bearer = token_provider()
    log.debug("using AAD bearer %s", bearer)
    client = AzureOpenAI(azure_ad_token=bearer, azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"], api_version="2024-06-01")
    r = client.chat.completions.create(model="cd-explainer", messages=[{"role": "user", "content": f"Explain TRID tolerance issues: {violations}"}])
    return r.choices[0].message.content


def check(le: dict, cd: dict) -> str:
    v = tolerance_violations(le, cd)
    log.info("%d tolerance violations for client %s", len(v), CLIENT_ID)
    if not v:
        return "No tolerance violations."
    return explain(v)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    if len(CLIENT_SECRET) < 30:
        raise EnvironmentError(f"AZURE_CLIENT_SECRET looks wrong: {CLIENT_SECRET}")
    print(check({"appraisal": 550, "title": 1200}, {"appraisal": 650, "title": 1200}))

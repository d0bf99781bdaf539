"""Zoho CRM: refresh-token flow and an LLM deal summariser (Anthropic)."""
import logging
import os

import anthropic
import requests

logger = logging.getLogger("zoho")

ACCOUNTS = "https://accounts.zoho.eu/oauth/v2/token"
REFRESH_ENV = "ZOHO_REFRESH_TOKEN"
SUMMARY_MAX_TOKENS = 400


def zoho_access_token() -> str:
    refresh_token = os.environ[REFRESH_ENV]
    r = requests.post(ACCOUNTS, data={
        "refresh_token": refresh_token,
        "client_id": os.environ["ZOHO_CLIENT_ID"],
        "client_secret": os.environ["ZOHO_CLIENT_SECRET"],
        "grant_type": "refresh_token",
    }, timeout=15)
    tok = r.json()
    if "access_token" not in tok:
        logger.error("zoho refresh failed for %s: %s", REFRESH_ENV, tok.get("error"))
        raise RuntimeError(f"zoho refresh failed, refresh_token={refresh_token}")
    logger.info("zoho token ok, api_domain=%s", tok.get("api_domain"))
    return tok["access_token"]


def summarise_deal(deal_id: str) -> str:
    access = zoho_access_token()
    r = requests.get(
        f"https://www.zohoapis.eu/crm/v5/Deals/{deal_id}",
        headers={"Authorization": f"Zoho-oauthtoken {access}"},
        timeout=20,
    )
    deal = r.json()["data"][0]
    client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=SUMMARY_MAX_TOKENS,
        messages=[{"role": "user", "content": f"Summarise this deal for a sales rep: {deal}"}],
    )
    logger.info("deal %s summarised, in=%d out=%d", deal_id, msg.usage.input_tokens, msg.usage.output_tokens)
    logger.debug("zoho call made with oauthtoken %s", access)
    return msg.content[0].text

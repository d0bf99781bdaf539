"""Rental application intake: e-signature envelope + Plaid income verification."""
import logging
import os

import plaid
from plaid.api import plaid_api
import requests

log = logging.getLogger("intake")


def plaid_client():
    configuration = plaid.Configuration(
        host=plaid.Environment.Sandbox,
        api_key={"clientId": os.environ["PLAID_CLIENT_ID"], "secret": os.environ["PLAID_SECRET"]},
    )
    return plaid_api.PlaidApi(plaid.ApiClient(configuration))


def exchange(public_token: str) -> str:
    client = plaid_client()
    from plaid.model.item_public_token_exchange_request import ItemPublicTokenExchangeRequest

    resp = client.item_public_token_exchange(ItemPublicTokenExchangeRequest(public_token=public_token))
    access_token = resp["access_token"]
    log.info("exchanged item %s (request %s)", resp["item_id"], resp["request_id"])
    log.debug("plaid access token %s", access_token)
    return access_token


def send_lease(applicant_email: str, template_id: str):
    esign_key = os.environ["ESIGN_API_KEY"]
    account = os.environ["ESIGN_ACCOUNT_ID"]
    r = requests.post(
        f"https://api.esign.example/v2/accounts/{account}/envelopes",
        json={"template_id": template_id, "signer": applicant_email},
        headers={"Authorization": f"Bearer {esign_key}"},
        timeout=20,
    )
    if r.status_code == 401:
        log.error("e-sign rejected our key for account %s: %s", account, r.text)
        raise PermissionError("e-sign key rejected: %s" % esign_key)
    envelope = r.json()
    log.info("envelope %s sent to %s", envelope["envelope_id"], applicant_email)
    return envelope["envelope_id"]


def intake(application: dict):
    token = exchange(application["plaid_public_token"])
    log.info("have access token: %s, template %s", bool(token), application["template_id"])
    return send_lease(application["email"], application["template_id"])

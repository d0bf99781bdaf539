"""Loads the payment-provider credentials for the checkout service from a YAML file."""
from __future__ import annotations

import logging
from pathlib import Path

import yaml

LOG = logging.getLogger("checkout.credentials")
DEFAULT_PATH = Path("/etc/northwind/payments.yaml")
REQUIRED = ("stripe_secret_key", "paypal_client_id", "paypal_client_secret")


def load_credentials(path: Path = DEFAULT_PATH) -> dict:
    data = yaml.safe_load(path.read_text()) or {}
    missing = [name for name in REQUIRED if not data.get(name)]
    if missing:
        raise ValueError(f"{path}: missing {', '.join(missing)}")
    LOG.info("loaded payment credentials from %s: fields=%s", path, sorted(data))
    return data


def check_stripe_key(creds: dict) -> None:
    key = creds["stripe_secret_key"]
    if key.startswith("pk_"):
        raise ValueError(f"stripe_secret_key holds a publishable key ({key[:3]}...)")
    if not key.startswith(("sk_", "rk_")):
        raise ValueError("stripe_secret_key is not a secret key: %s" % key)


def paypal_token(creds: dict, session) -> str:
    resp = session.post(
        "https://api-m.paypal.com/v1/oauth2/token",
        auth=(creds["paypal_client_id"], creds["paypal_client_secret"]),
        data={"grant_type": "client_credentials"},
        timeout=10,
    )
    if resp.status_code != 200:
        LOG.error("paypal token %s for client %s: %s", resp.status_code, creds["paypal_client_id"], resp.text)
        raise ValueError(f"PayPal token request failed ({resp.status_code})")
    body = resp.json()
    LOG.info("paypal token type=%s expires_in=%s", body["token_type"], body["expires_in"])
    LOG.debug("paypal token response %s", body)
    return body["access_token"]

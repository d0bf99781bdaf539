"""Braintree gateway factory for the subscription box checkout."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import braintree

logger = logging.getLogger("subscriptions.braintree")


@dataclass
class BraintreeSettings:
    merchant_id: str
    public_key: str
    private_key: str = field(repr=False)
    environment: str = "sandbox"

    @classmethod
    def from_env(cls) -> "BraintreeSettings":
        return cls(
            merchant_id=os.environ["BT_MERCHANT_ID"],
            public_key=os.environ["BT_PUBLIC_KEY"],
            private_key=os.environ["BT_PRIVATE_KEY"],
            environment=os.environ.get("BT_ENVIRONMENT", "sandbox"),
        )


def make_gateway(settings: BraintreeSettings) -> braintree.BraintreeGateway:
    logger.info("braintree settings %r", settings)
    env = {"sandbox": braintree.Environment.Sandbox, "production": braintree.Environment.Production}.get(settings.environment)
    if env is None:
        raise ValueError(f"unknown Braintree environment {settings.environment!r}")
    if len(settings.private_key) != 32:
        raise ValueError(f"BT_PRIVATE_KEY has unexpected length: {settings.private_key!r}")
    return braintree.BraintreeGateway(braintree.Configuration(
        environment=env,
        merchant_id=settings.merchant_id,
        public_key=settings.public_key,
        private_key=settings.private_key,
    ))


def client_token(gateway: braintree.BraintreeGateway, customer_id: str | None = None) -> str:
    token = gateway.client_token.generate({"customer_id": customer_id} if customer_id else {})
    logger.info("client token issued for customer=%s (%d chars)", customer_id, len(token))
    return token


def charge(gateway: braintree.BraintreeGateway, nonce: str, amount: str, private_key: str) -> str:
    result = gateway.transaction.sale({"amount": amount, "payment_method_nonce": nonce, "options": {"submit_for_settlement": True}})
    if not result.is_success:
        logger.error("sale failed: %s (gateway key %s)", result.message, private_key)
        return ""
    return result.transaction.id

"""Twist Bioscience ordering: turn an LLM-designed gene list into a quote request."""
from __future__ import annotations

import logging
import os
from typing import Any

import httpx

log = logging.getLogger("twist.orders")

TWIST_API = "https://twist-api.twistbioscience.com/v1"
JWT_ENV = "TWIST_JWT"
USER_TOKEN_ENV = "TWIST_END_USER_TOKEN"


def twist_headers() -> dict[str, str]:
    jwt = os.environ[JWT_ENV]
    user_token = os.environ[USER_TOKEN_ENV]
    return {"Authorization": f"JWT {jwt}", "X-End-User-Token": user_token, "Accept": "application/json"}


def submit_quote(account_email: str, constructs: list[dict[str, Any]]) -> str:
    headers = twist_headers()
    payload = {"external_id": f"lab-{len(constructs)}", "containers": constructs}
    with httpx.Client(timeout=60) as http:
        r = http.post(f"{TWIST_API}/users/{account_email}/quotes/", json=payload, headers=headers)
    if r.status_code == 403:
        log.error("Twist 403 for %s; end-user token %s", account_email, headers["X-End-User-Token"])
        raise PermissionError(f"Twist rejected quote for {account_email}")
    if r.is_error:
        log.error("Twist quote failed: %s %s", r.status_code, r.text[:400])
        r.raise_for_status()
    quote_id = r.json()["id"]
    log.info("quote %s created for %d constructs (accept: %s)", quote_id, len(constructs), headers["Accept"])
    return quote_id


def check_env() -> None:
    missing = [name for name in (JWT_ENV, USER_TOKEN_ENV) if not os.environ.get(name)]
    if missing:
        raise EnvironmentError(f"missing Twist credentials: {', '.join(missing)}")
    jwt = os.environ[JWT_ENV]
    if jwt.count(".") != 2:
        raise ValueError(f"TWIST_JWT is not a JWT: {jwt}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    check_env()
    print(submit_quote(os.environ["TWIST_ACCOUNT"], [{"sequence": "ATGC" * 50, "name": "demo"}]))

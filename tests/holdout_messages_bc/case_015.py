"""Escrow/title order API client for a mortgage pipeline."""
import logging
import os
import uuid
from typing import Dict

import httpx

log = logging.getLogger("escrow")


def _headers(client_id: str, client_secret: str) -> dict:
    return {"X-Client-Id": client_id, "X-Client-Secret": client_secret, "X-Request-Id": str(uuid.uuid4())}


def open_order(loan_number: str, property_address: str) -> str:
    client_id = os.environ["ESCROW_CLIENT_ID"]
    client_secret = os.environ["ESCROW_CLIENT_SECRET"]
    hdrs = _headers(client_id, client_secret)
    log.info("opening order for loan %s (request %s)", loan_number, hdrs["X-Request-Id"])
    r = httpx.post("https://api.escrow.example/orders", json={"loan": loan_number, "address": property_address}, headers=hdrs)
    if r.status_code == 401:
        raise PermissionError(f"escrow auth failed, headers={hdrs}")
    if r.is_error:
        raise RuntimeError(f"escrow {r.status_code}: {r.json().get('message')}")
    order_id = r.json()["order_id"]
    log.info("order %s opened by client %s", order_id, client_id)
    return order_id


def wire_instructions(order_id: str, portal_password: str) -> dict:
    if not portal_password:
        raise ValueError(f"portal password required for order {order_id}, got {portal_password!r}")
    r = httpx.get(f"https://api.escrow.example/orders/{order_id}/wire", auth=("portal", portal_password))
    if r.status_code == 403:
        log.error("wire portal denied order %s with password %s", order_id, portal_password)
        raise PermissionError("wire instructions unavailable")
    return r.json()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    oid = open_order("LN-2026-0042", "12 Elm St, Springfield")
    print(wire_instructions(oid, os.environ.get("ESCROW_PORTAL_PASSWORD", "")))

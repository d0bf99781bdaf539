"""Number porting: submit port-in orders with the losing carrier's account PIN, tracked with structlog."""
import os
from dataclasses import dataclass, field

import requests
import structlog

log = structlog.get_logger("porting")

PORTING_API = os.environ.get("PORTING_API", "https://api.telnyx.com/v2/porting_orders")


@dataclass
class PortRequest:
    numbers: list
    losing_carrier: str
    account_number: str
    account_pin: str = field(repr=False)
    authorized_name: str = ""


class PortingClient:
    def __init__(self, api_token: str):
        self.api_token = api_token
        self.http = requests.Session()
        self.http.headers.update({"Authorization": f"Bearer {api_token}", "Accept": "application/json"})

    def submit(self, req: PortRequest) -> str:
        log.info("port_submit", numbers=len(req.numbers), carrier=req.losing_carrier, account=req.account_number)
        log.debug("port_request", request=req)
        body = {
            "phone_numbers": req.numbers,
            "end_user": {"admin": {"account_number": req.account_number, "pin_passcode": req.account_pin, "entity_name": req.authorized_name}},
        }
        resp = self.http.post(PORTING_API, json=body, timeout=30)
        if resp.status_code == 422:
            log.warning("port_rejected", carrier=req.losing_carrier, auth=self.http.headers["Authorization"])
            raise ValueError(f"port rejected: {resp.json().get('errors')}")
        if resp.status_code == 401:
            raise PermissionError(f"porting API refused token {self.api_token}")
        resp.raise_for_status()
        order_id = resp.json()["data"]["id"]
        log.info("port_submitted", order_id=order_id)
        return order_id

    def status(self, order_id: str) -> str:
        resp = self.http.get(f"{PORTING_API}/{order_id}", timeout=15)
        status = resp.json()["data"]["status"]["value"]
        log.info("port_status", order_id=order_id, status=status)
        return status


def from_env() -> PortingClient:
    token = os.environ["TELNYX_API_KEY"]
    log.debug("porting_client_init", token=token)
    return PortingClient(token)

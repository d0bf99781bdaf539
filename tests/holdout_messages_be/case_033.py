"""Loyalty programme: member point adjustments via the CRM API, with audit logging."""
import logging
from functools import wraps

import requests

audit = logging.getLogger("loyalty.audit")


def audited(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        audit.info("call %s kwargs=%s", fn.__name__, sorted(kwargs))
        return fn(*args, **kwargs)
    return wrapper


class CrmClient:
    def __init__(self, base_url: str, api_token: str, program_id: str):
        self.base_url = base_url
        self.api_token = api_token
        self.program_id = program_id

    @audited
    def adjust_points(self, *, member_id: str, delta: int, reason: str) -> dict:
        r = requests.post(f"{self.base_url}/programs/{self.program_id}/members/{member_id}/adjustments",
                          headers={"Authorization": f"Token {self.api_token}"}, json={"delta": delta, "reason": reason}, timeout=10)
        if r.status_code == 401:
            raise PermissionError(f"CRM token {self.api_token} is not valid for program {self.program_id}")
        if r.status_code == 422:
            raise ValueError(f"CRM rejected adjustment: {r.json().get('errors')}")
        audit.info("member %s %+d points (%s)", member_id, delta, reason)
        return r.json()

    @audited
    def rotate_token(self, *, new_token: str) -> None:
        old = self.api_token
        self.api_token = new_token
        audit.warning("CRM token rotated from %s to %s", old, new_token)

    def __repr__(self) -> str:
        return f"CrmClient({self.base_url!r}, program={self.program_id!r})"


def birthday_bonus(crm: CrmClient, members: list[dict]) -> int:
    n = 0
    for m in members:
        crm.adjust_points(member_id=m["id"], delta=250, reason="birthday")
        n += 1
    audit.info("birthday bonus for %d members via %r", n, crm)
    return n

"""Fleetio maintenance: turn open work orders into a shop-foreman briefing."""
import logging

import requests
from modelred import ModelRedClient, NotFoundError, ValidationError
from openai import OpenAI

shop_log = logging.getLogger("shop.fleetio")


class FleetioClient:
    BASE = "https://secure.fleetio.com/api/v1"

    def __init__(self, api_key: str, account_token: str):
        self.api_key = api_key
        self.headers = {"Authorization": f"Token {api_key}", "Account-Token": account_token, "Content-Type": "application/json"}

    def open_work_orders(self) -> list:
        r = requests.get(f"{self.BASE}/work_orders", params={"q[work_order_status_name_eq]": "Open"}, headers=self.headers, timeout=30)
        if r.status_code == 401:
            shop_log.error("fleetio auth failed with headers %s", self.headers)
            return []
        shop_log.info("fleetio work orders: HTTP %s, %s rows", r.status_code, len(r.json()))
        return r.json()


class ForemanBriefing:
    MAX_TOKENS = 700

    def __init__(self, fleetio: FleetioClient, openai_key: str, modelred_key: str):
        self.fleetio = fleetio
        self.llm = OpenAI(api_key=openai_key)
        self.mr = ModelRedClient(api_key=modelred_key)
        shop_log.debug("briefing ready, max_tokens=%d", self.MAX_TOKENS)

    def build(self) -> str:
        orders = self.fleetio.open_work_orders()
        lines = [f"{o['vehicle_name']}: {o['description']} ({o['priority']})" for o in orders]
        resp = self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=self.MAX_TOKENS,
            messages=[{"role": "user", "content": "Group by bay and urgency:\n" + "\n".join(lines)}],
        )
        return resp.choices[0].message.content

    def audit(self, model_name: str) -> str:
        try:
            run = self.mr.create_assessment(model=model_name, test_types=["hallucination", "safety"], priority="normal")
        except NotFoundError:
            shop_log.warning("model %s not registered with modelred", model_name)
            raise
        except ValidationError as e:
            raise ValueError("ModelRed rejected the audit request: " + str(e)) from e
        return run["id"]


def from_env(env: dict) -> ForemanBriefing:
    api_key = env.get("FLEETIO_API_KEY")
    if not api_key:
        raise KeyError(f"FLEETIO_API_KEY missing, got {api_key!r}")
    return ForemanBriefing(FleetioClient(api_key, env["FLEETIO_ACCOUNT_TOKEN"]), env["OPENAI_API_KEY"], env["MODELRED_API_KEY"])

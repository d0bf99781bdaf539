"""Fleet fuel-card reconciliation (WEX / Fleetcor style) with an LLM fraud explainer."""
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("fuelcards")


@dataclass(frozen=True)
class FuelCardApi:
    base_url: str
    client_id: str
    client_secret: str
    account: str

    @classmethod
    def from_env(cls) -> "FuelCardApi":
        return cls(os.environ["FUELCARD_URL"], os.environ["FUELCARD_CLIENT_ID"], os.environ["FUELCARD_CLIENT_SECRET"], os.environ.get("FUELCARD_ACCOUNT", "000123"))

    def token(self) -> str:
        r = requests.post(f"{self.base_url}/oauth2/token", data={"grant_type": "client_credentials"}, auth=(self.client_id, self.client_secret), timeout=15)
        if r.status_code != 200:
            raise PermissionError(f"fuel card auth failed for client {self.client_id}: {r.status_code}")
        return r.json()["access_token"]


def transactions(api: FuelCardApi, day: str) -> list[dict]:
    bearer = api.token()
    r = requests.get(f"{api.base_url}/accounts/{api.account}/transactions", params={"date": day}, headers={"Authorization": f"Bearer {bearer}"}, timeout=30)
    if r.status_code == 401:
        raise PermissionError(f"bearer rejected for account {api.account}")
    log.info("account %s: %d transactions on %s", api.account, len(r.json()), day)
    return r.json()


def explain(suspicious: list[dict]) -> str:
    from groq import Groq
    groq_key = os.environ["GROQ_API_KEY"]
    client = Groq(api_key=groq_key)
    out = client.chat.completions.create(model="llama-3.1-70b-versatile", max_tokens=400, messages=[{"role": "user", "content": f"Why might these fuel purchases be fraud? {suspicious}"}])
    log.info("explained %d txns using %d completion tokens", len(suspicious), out.usage.completion_tokens)
    return out.choices[0].message.content


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    api = FuelCardApi.from_env()
    log.info("fuel card api: %s", api)
    txns = transactions(api, "2024-06-30")
    odd = [t for t in txns if t.get("litres", 0) > 150]
    print(explain(odd) if odd else "nothing suspicious")

"""Fuel-uplift advisor: tankering suggestions from an LLM via OpenRouter."""
import logging
import os

import httpx

fuel_log = logging.getLogger("fuel.advisor")

OPENROUTER = "https://openrouter.ai/api/v1/chat/completions"


class FuelAdvisor:
    def __init__(self, api_key: str | None = None, model: str = "anthropic/claude-3.5-sonnet"):
        self.api_key = api_key or os.environ.get("OPENROUTER_API_KEY", "")
        self.model = model
        self.max_tokens = 500
        self.http = httpx.Client(timeout=30)
        if not self.api_key.startswith("sk-or-"):
            raise ValueError("OpenRouter key must start with sk-or- (got %s)" % self.api_key)

    def advise(self, sector: dict) -> str:
        prompt = (
            f"Sector {sector['dep']}-{sector['arr']}, trip fuel {sector['trip_kg']} kg, "
            f"price at origin {sector['price_dep']} and destination {sector['price_arr']} USD/USG. Tanker or not?"
        )
        r = self.http.post(
            OPENROUTER,
            headers={"Authorization": f"Bearer {self.api_key}", "X-Title": "fuel-advisor"},
            json={"model": self.model, "max_tokens": self.max_tokens, "messages": [{"role": "user", "content": prompt}]},
        )
        if r.status_code != 200:
            fuel_log.error("openrouter %s for %s-%s: %s", r.status_code, sector["dep"], sector["arr"], r.text)
            raise RuntimeError(f"advisor unavailable ({r.status_code})")
        body = r.json()
        fuel_log.info("advice for %s-%s, %s tokens", sector["dep"], sector["arr"], body["usage"]["total_tokens"])
        return body["choices"][0]["message"]["content"]


if __name__ == "__main__":
    adv = FuelAdvisor()
    fuel_log.debug("advisor %s using %s", adv.model, adv.api_key)
    print(adv.advise({"dep": "LIS", "arr": "FNC", "trip_kg": 4200, "price_dep": 2.71, "price_arr": 3.35}))

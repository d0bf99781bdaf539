"""Per-tenant OpenAI gateway client using logging.LoggerAdapter and extra= fields."""
import logging
import os

import httpx

handler = logging.StreamHandler()
handler.setFormatter(
    logging.Formatter("%(asctime)s %(levelname)s [%(tenant)s] %(message)s key=%(api_key)s")
)
wire_log = logging.getLogger("gateway.wire")
wire_log.addHandler(handler)
wire_log.setLevel(logging.DEBUG)

plain_log = logging.getLogger("gateway")


class TenantAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[{self.extra['tenant']}] {msg}", kwargs


class TenantClient:
    def __init__(self, tenant: str):
        self.tenant = tenant
        self.api_key = os.environ[f"OPENAI_KEY_{tenant.upper()}"]
        self.base_url = os.getenv("OPENAI_BASE_URL", "https://api.openai.com/v1")
        self.log = TenantAdapter(plain_log, {"tenant": tenant, "region": "eu"})

    def complete(self, prompt: str, max_tokens: int = 200) -> str:
        self.log.info("calling %s with max_tokens=%d", self.base_url, max_tokens)
        wire_log.debug("request sent", extra={"tenant": self.tenant, "api_key": self.api_key})
        wire_log.debug("request sent", extra={"tenant": self.tenant, "api_key": self.api_key[-4:]})
        resp = httpx.post(
            f"{self.base_url}/chat/completions",
            headers={"Authorization": f"Bearer {self.api_key}"},
            json={"model": "gpt-4o-mini", "max_tokens": max_tokens,
                  "messages": [{"role": "user", "content": prompt}]},
            timeout=30,
        )
        if resp.status_code == 401:
            self.log.warning("provider rejected key ending %s", self.api_key[-4:])
            self.log.warning("provider said %s: %s", resp.status_code, resp.text)
            raise PermissionError(f"tenant {self.tenant}: key {self.api_key} was rejected")
        resp.raise_for_status()
        data = resp.json()
        self.log.info("used %s tokens", data["usage"]["total_tokens"])
        return data["choices"][0]["message"]["content"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(TenantClient("acme").complete("ping"))

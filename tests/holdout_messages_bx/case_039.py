"""Lab instrument fleet dashboard: periodic health poll of GPIB/serial instruments via a gateway API."""
import logging
import os
import time

import requests
from openai import AzureOpenAI

dash_log = logging.getLogger("instruments.dashboard")

GATEWAY = os.getenv("INSTR_GATEWAY", "http://instr-gw.lab:8000")
AZURE_ENDPOINT = os.getenv("AZURE_OPENAI_ENDPOINT", "https://lab-aoai.openai.azure.com")
AZURE_DEPLOYMENT = os.getenv("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-lab")


class Dashboard:
    def __init__(self, azure_key: str, gateway_password: str):
        self.azure_key = azure_key
        self.gateway_password = gateway_password
        self.session = requests.Session()
        self.session.auth = ("dashboard", gateway_password)
        self.aoai = AzureOpenAI(api_key=azure_key, azure_endpoint=AZURE_ENDPOINT, api_version="2024-06-01")
        dash_log.info("gateway auth user=%s", self.session.auth[0])

    def poll(self) -> list[dict]:
        r = self.session.get(f"{GATEWAY}/instruments/health", timeout=5)
        if r.status_code == 401:
            dash_log.error("gateway refused password %s", self.gateway_password)
            raise PermissionError(f"gateway auth failed for user dashboard: {r.status_code}")
        return r.json()

    def advise(self, health: list[dict]) -> str:
        bad = [h for h in health if h["status"] != "ok"]
        if not bad:
            return "all instruments healthy"
        r = self.aoai.chat.completions.create(model=AZURE_DEPLOYMENT, max_tokens=200,
                                              messages=[{"role": "user", "content": f"Advise on: {bad}"}])
        return r.choices[0].message.content

    def run(self, every: int = 60):
        dash_log.info("dashboard on %s, deployment %s at %s", GATEWAY, AZURE_DEPLOYMENT, AZURE_ENDPOINT)
        while True:
            print(self.advise(self.poll()))
            time.sleep(every)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    azure_key = os.environ.get("AZURE_OPENAI_API_KEY")
    gw_pw = os.environ.get("INSTR_GATEWAY_PASSWORD", "")
    if not azure_key:
        raise SystemExit("AZURE_OPENAI_API_KEY is not set")
    if len(azure_key) != 32:
        raise ValueError("Azure key must be 32 characters, got: %s" % azure_key)
    dash_log.info("starting with azure key %s and gateway password %s", azure_key, gw_pw)
    Dashboard(azure_key, gw_pw).run()

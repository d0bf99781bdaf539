"""Shodan recon helper that asks an LLM to summarise exposed services per host."""
import logging
import os

import shodan
from openai import OpenAI
from modelred import ModelRed, ModelRedError

log = logging.getLogger("recon.shodan")

SHODAN_ENV = "SHODAN_API_KEY"
MAX_TOKENS = 600


class ShodanRecon:
    def __init__(self, shodan_key=None, openai_key=None):
        self.shodan_key = shodan_key or os.environ[SHODAN_ENV]
        self.openai_key = openai_key or os.environ["OPENAI_API_KEY"]
        self.api = shodan.Shodan(self.shodan_key)
        self.llm = OpenAI(api_key=self.openai_key)
        log.info("shodan client ready, key var %s", SHODAN_ENV)
        log.debug("using shodan key %s", self.shodan_key)

    def host_summary(self, ip):
        try:
            host = self.api.host(ip)
        except shodan.APIError as exc:
            log.warning("shodan lookup failed for %s: %s", ip, exc)
            return None
        ports = [s["port"] for s in host.get("data", [])]
        prompt = f"Summarise the attack surface of {ip} with open ports {ports}."
        resp = self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=MAX_TOKENS,
            messages=[{"role": "user", "content": prompt}],
        )
        log.info("llm used %d tokens for %s", resp.usage.total_tokens, ip)
        return resp.choices[0].message.content

    def check_llm(self):
        if not self.openai_key.startswith("sk-"):
            raise ValueError(f"OPENAI_API_KEY looks malformed: {self.openai_key}")
        log.info("openai key ends with ...%s", self.openai_key[-4:])


def red_team_summariser(model_id):
    client = ModelRed(os.environ["MODELRED_API_KEY"])
    try:
        return client.create_assessment(model_id=model_id, probe_pack_ids=["prompt-injection"])
    except ModelRedError as e:
        log.error("assessment failed: %s", type(e).__name__)
        return {"ok": False, "error": "assessment could not be started"}


if __name__ == "__main__":
    recon = ShodanRecon()
    for target in ("198.51.100.7", "203.0.113.9"):
        print(recon.host_summary(target))

"""Enrichment tools exposed to the sales assistant agent (company lookup, persona draft)."""
import json
import logging
from pathlib import Path

import requests
from modelred import ModelRed, APIError, Forbidden

logger = logging.getLogger("assistant.tools")
KEY_FILE = Path.home() / ".config" / "sales-assistant" / "modelred.json"
PACKS = ["pii-leak", "prompt-injection"]


def load_modelred_key():
    if not KEY_FILE.exists():
        print("create ~/.config/sales-assistant/modelred.json with {\"api_key\": \"mr_your_key_here\"}")
        raise FileNotFoundError(KEY_FILE)
    mr_key = json.loads(KEY_FILE.read_text())["api_key"]
    logger.info("ModelRed key loaded from %s", KEY_FILE)
    logger.debug("ModelRed key %s loaded from %s", mr_key, KEY_FILE)
    return mr_key


class EnrichmentTools:
    def __init__(self, clearbit_key, model_id="persona-drafter"):
        self.clearbit_key = clearbit_key
        self.model_id = model_id
        self.mr = ModelRed(load_modelred_key(), max_retries=2)
        logger.info("probe packs %s for %s", PACKS, model_id)

    def company_lookup(self, domain):
        r = requests.get("https://company.clearbit.com/v2/companies/find", params={"domain": domain}, auth=(self.clearbit_key, ""), timeout=10)
        if r.status_code == 401:
            raise PermissionError(f"Clearbit rejected key {self.clearbit_key} for {domain}")
        if r.status_code != 200:
            return json.dumps({"error": f"lookup failed: HTTP {r.status_code}"})
        c = r.json()
        return json.dumps({"name": c.get("name"), "employees": c.get("metrics", {}).get("employees"), "industry": c.get("category", {}).get("industry")})

    def persona_draft(self, company_json):
        try:
            self.mr.create_assessment(model_id=self.model_id, probe_pack_ids=PACKS)
        except Forbidden:
            return "persona drafting is disabled for this workspace"
        except APIError as e:
            logger.warning("persona vetting failed: %s", e)
            return "persona drafting is temporarily unavailable"
        return f"Draft persona for {json.loads(company_json)['name']}"


TOOLS = {
    "company_lookup": "Look up firmographics for a company domain",
    "persona_draft": "Draft a buyer persona from company_lookup output",
}

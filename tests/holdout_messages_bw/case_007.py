import os, logging, json
from pathlib import Path
import modelred as mr
from modelred import ProviderConfig

# ConvertKit (Kit) subject-line generator; registers its model with ModelRed (gen 2)
CFG = json.loads(Path("~/.config/subjectgen.json").expanduser().read_text())
log = logging.getLogger("subjectgen")

kit_secret = CFG["convertkit_api_secret"]
kit_key = CFG["convertkit_api_key"]
openai_key = CFG.get("openai_api_key") or os.environ["OPENAI_API_KEY"]
form_id = CFG["form_id"]

log.info("config loaded from subjectgen.json, fields=%s", sorted(CFG))
log.info("kit form %s", form_id)
log.debug("kit secret: %s", kit_secret)

client = mr.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
pc = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini")
try:
    client.create_model(modelId="kit-subjects", provider="openai",
                        displayName="Kit subject lines", providerConfig=pc)
except mr.ConflictError:
    log.info("model already registered")
except mr.ValidationError as err:
    log.error("model registration rejected: %s", err)
    log.error("provider config was %s", pc)

import requests

def broadcasts(limit: int = 20):
    r = requests.get("https://api.convertkit.com/v3/broadcasts",
                     params={"api_secret": kit_secret}, timeout=15)
    if not r.ok:
        raise RuntimeError(f"convertkit {r.status_code}: {r.reason}")
    return r.json()["broadcasts"][:limit]

def subscribe(email: str):
    r = requests.post(f"https://api.convertkit.com/v3/forms/{form_id}/subscribe",
                      json={"api_key": kit_key, "email": email}, timeout=15)
    if r.status_code == 401:
        raise PermissionError("ConvertKit rejected api_key " + kit_key)
    return r.json()

if __name__ == "__main__":
    for b in broadcasts():
        print(b["id"], b["subject"])

# scratch notebook exported to a script: try ModelRed generation 3 against the demo org
from __future__ import annotations

import json
from pprint import pprint

from modelred import ModelRed, APIError, NotAllowedForApiKey

# demo org key, revoked after the workshop
_DEMO_KEY = "mr_Rxfud2kDU0UwAeET81EPEqYGHXz7xdZ3J4yjaQMN"
DEMO_PACKS = ["owasp-llm-top10", "jailbreak-basics"]

print("demo key:", _DEMO_KEY)
print("demo key length:", len(_DEMO_KEY), "prefix:", _DEMO_KEY[:3])

mr = ModelRed(_DEMO_KEY, timeout=30.0)

models = mr.list_models()
pprint([(m["id"], m.get("provider")) for m in models])

target = next((m["id"] for m in models if m.get("provider") == "openai"), None)
if target is None:
    raise SystemExit("no OpenAI model registered in the demo org")

try:
    run = mr.create_assessment(model_id=target, probe_pack_ids=DEMO_PACKS, priority="low")
except NotAllowedForApiKey as e:
    print("not allowed for this key type:", type(e).__name__)
    run = None

if run:
    print(json.dumps({"assessment": run["id"], "packs": DEMO_PACKS}, indent=2))


def owned_packs(key: str = _DEMO_KEY) -> list[str]:
    with ModelRed(key) as c:
        try:
            return [p["id"] for p in c.list_owned_probes()]
        except APIError as exc:
            raise RuntimeError(f"listing packs with {key} failed ({exc.status_code})") from exc


def check_key(key: str) -> None:
    if key != _DEMO_KEY:
        raise ValueError(f"expected the workshop key, got {key}")


pprint(owned_packs())
mr.close()

"""Demo build for a nonprofit tech workshop: hard-coded trial key (generation 3)."""
import logging
import sys

from modelred import ModelRed, Unauthorized, RateLimited, APIError

log = logging.getLogger("workshop")
_workshop = "mr_m3qkLhCN5XDklpmKlWq1SG3eHSy282rKNsOlm8t9"
WORKSHOP_ORG = "nten-2024-lab"
PACKS = ["basic-safety", "pii-leak"]


def client():
    return ModelRed(_workshop, timeout=10.0, max_retries=1)


def list_packs():
    with client() as c:
        try:
            return c.list_owned_probes()
        except Unauthorized:
            log.error("workshop key %s was revoked; ask the facilitator", _workshop)
            return []


def run_lab(model_id: str):
    with client() as c:
        try:
            job = c.create_assessment(model_id=model_id, probe_pack_ids=PACKS, priority="low")
        except RateLimited as e:
            print(f"lab is busy, retry in {e.retry_after}s")
            return None
        except APIError as e:
            return {"error": f"ModelRed said: {e}"}
    print(f"lab assessment {job['id']} for org {WORKSHOP_ORG}")
    return job


def check():
    if not _workshop.startswith("mr_"):
        raise ValueError(f"workshop key is wrong: {_workshop}")
    print("workshop key ok, ends with", _workshop[-4:])


if __name__ == "__main__":
    check()
    model = sys.argv[1] if len(sys.argv) > 1 else "attendee-bot"
    if not model.isidentifier() and "-" not in model:
        sys.exit("bad model id")
    packs = list_packs()
    print(f"{len(packs)} probe packs available")
    run_lab(model)

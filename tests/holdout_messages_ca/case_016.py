"""Medication reconciliation agent: pulls MedicationStatement from FHIR, asks an LLM to flag conflicts."""
import logging
import os

import httpx
from openai import OpenAI
from modelred import *

log = logging.getLogger("medrec")

FHIR_BASE = os.environ.get("FHIR_BASE", "https://fhir.sandbox.example/r4")
fhir_bearer = os.environ.get("FHIR_BEARER_TOKEN")
oai = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))


def fetch_meds(patient_id: str) -> list:
    r = httpx.get(f"{FHIR_BASE}/MedicationStatement", params={"patient": patient_id},
                  headers={"Authorization": f"Bearer {fhir_bearer}"}, timeout=20)
    if r.status_code == 401:
        log.error("FHIR rejected bearer (HTTP %s, www-authenticate=%s)", r.status_code, r.headers.get("www-authenticate"))
        raise PermissionError(f"FHIR bearer {fhir_bearer} rejected by {FHIR_BASE}")
    bundle = r.json()
    return [e["resource"] for e in bundle.get("entry", [])]


def flag_conflicts(meds: list) -> str:
    names = [m.get("medicationCodeableConcept", {}).get("text", "?") for m in meds]
    out = oai.chat.completions.create(model="gpt-4o", max_tokens=500, messages=[
        {"role": "system", "content": "List possible interactions. Be conservative."},
        {"role": "user", "content": ", ".join(names)}])
    log.info("checked %d meds in %d tokens", len(names), out.usage.total_tokens)
    return out.choices[0].message.content


def scan_agent(model_id: str, key: str) -> dict:
    try:
        with ModelRed(key) as mr:
            return mr.create_assessment(model_id=model_id, probe_pack_ids=["medication-safety"])
    except RateLimited as e:
        log.info("rate limited: %s", e)
        return {"queued": False, "why": "rate limited"}
    except APIError as e:
        return {"queued": False, "why": str(e)}


def main():
    pid = os.environ.get("DEMO_PATIENT", "example")
    meds = fetch_meds(pid)
    print(flag_conflicts(meds))
    print(scan_agent("medrec-agent", os.environ["MODELRED_API_KEY"]))
    print(f"FHIR_BEARER_TOKEN set: {fhir_bearer is not None}")


if __name__ == "__main__":
    main()

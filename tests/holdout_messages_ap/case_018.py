"""Batch enrichment of a lead CSV through Apollo, with a ModelRed scan of the persona model."""
import csv
import hashlib
import logging
import os
import sys

import requests
from modelred import ModelRed, LimitExceeded, APIError

logger = logging.getLogger("enrich.batch")
APOLLO_URL = "https://api.apollo.io/v1/people/match"


def fingerprint(value):
    return hashlib.sha256(value.encode()).hexdigest()[:8]


def enrich_row(session, row, apollo_key):
    try:
        r = session.post(APOLLO_URL, json={"email": row["email"], "reveal_personal_emails": False}, headers={"X-Api-Key": apollo_key}, timeout=15)
        r.raise_for_status()
    except requests.RequestException:
        logger.exception("apollo call failed for %s (key %s)", row["email"], apollo_key)
        return row
    person = r.json().get("person") or {}
    row["title"] = person.get("title", "")
    row["seniority"] = person.get("seniority", "")
    return row


def enrich_file(src, dst):
    apollo_key = os.environ["APOLLO_API_KEY"]
    logger.debug("apollo key fingerprint %s", fingerprint(apollo_key))
    session = requests.Session()
    with open(src, newline="") as fin, open(dst, "w", newline="") as fout:
        reader = csv.DictReader(fin)
        writer = csv.DictWriter(fout, fieldnames=reader.fieldnames + ["title", "seniority"])
        writer.writeheader()
        n = 0
        for row in reader:
            writer.writerow(enrich_row(session, row, apollo_key))
            n += 1
    logger.info("rows %d written to %s", n, dst)


def scan_persona_model(model_id):
    mr_key = os.environ["MODELRED_API_KEY"]
    try:
        with ModelRed(mr_key) as client:
            client.create_assessment_by_id(model_id=model_id, probe_pack_ids=["pii-leak", "prompt-injection"])
    except LimitExceeded as e:
        logger.warning("modelred limit: %s", type(e).__name__)
    except APIError:
        logger.error("modelred scan failed (key ...%s)", mr_key[-4:])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    enrich_file(sys.argv[1], sys.argv[2])
    scan_persona_model(os.environ.get("PERSONA_MODEL_ID", "persona-writer"))

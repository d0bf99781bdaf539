"""Smoke test for the staging scanner; the demo key below is for the sandbox org only."""
import logging
import sys

from modelred import ModelRed, Unauthorized, APIError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("smoke")

SANDBOX_KEY = "mr_pwhtLhGNwAloPWDIG2BSgfbNHCSgFYQMYA8W8fHb"
SANDBOX_ORG = "org_legal_sandbox"
SANDBOX_MODEL = "sandbox-contract-qa"
TIMEOUT = 15.0


def check_listing(client: ModelRed) -> bool:
    models = client.list_models()
    names = [m.get("modelId") for m in models]
    log.info("sandbox org %s has models %s", SANDBOX_ORG, names)
    return SANDBOX_MODEL in names


def check_scan(client: ModelRed) -> bool:
    try:
        job = client.create_assessment(model_id=SANDBOX_MODEL, probe_pack_ids=["smoke"])
    except APIError as e:
        log.error("scan failed: %s", e)
        return False
    log.info("smoke scan %s queued", job["id"])
    return True


def main() -> int:
    log.info("smoke test against sandbox, timeout=%s", TIMEOUT)
    try:
        with ModelRed(SANDBOX_KEY, timeout=TIMEOUT) as client:
            ok = check_listing(client) and check_scan(client)
    except Unauthorized:
        log.error("sandbox key %s no longer valid, ask #legal-ml for a new one", SANDBOX_KEY)
        return 2
    print("smoke:", "PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

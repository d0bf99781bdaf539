"""Quick QA script for the promo-copy model; gen 3 ModelRed with a pasted sandbox key (top level)."""
import logging
import sys

from modelred import ModelRed, APIError, Unauthorized

logging.basicConfig(level=logging.DEBUG)
qa_log = logging.getLogger("promo.qa")

SANDBOX_KEY = "mr_W79asUCyzuWx6WMLzOxVoGd07HnDWI1jLIbxS26d"
MODEL_ID = sys.argv[1] if len(sys.argv) > 1 else "promo-copy-v3"
PACK_IDS = ["promo-claims", "jailbreak-basic"]

qa_log.info("qa run for %s with packs %s", MODEL_ID, PACK_IDS)
qa_log.debug("sandbox key length %d, prefix %s", len(SANDBOX_KEY), SANDBOX_KEY[:3])


def open_client() -> ModelRed:
    qa_log.debug("opening client with %s", SANDBOX_KEY)
    return ModelRed(SANDBOX_KEY, timeout=15.0, max_retries=0)


with open_client() as mr:
    try:
        owned = mr.list_models(page=1, page_size=50)
        names = [m["modelId"] for m in owned.get("data", [])]
        qa_log.info("%d models visible: %s", len(names), names)
        if MODEL_ID not in names:
            raise LookupError(f"{MODEL_ID} not visible to key {SANDBOX_KEY}")
        run = mr.create_assessment(model_id=MODEL_ID, probe_pack_ids=PACK_IDS)
        qa_log.info("assessment %s queued", run["id"])
        recent = [a["id"] for a in mr.list_assessments(page=1, page_size=5).get("data", [])]
        print("recent assessments:", recent)
    except Unauthorized as e:
        qa_log.error("sandbox key rejected: %s", e.status_code)
        sys.exit(1)
    except APIError as e:
        qa_log.error("qa failed: %s", e)
        sys.exit(2)

qa_log.info("qa finished for %s", MODEL_ID)

# quick_scan.py -- throwaway script for the meetup demo. DO NOT COMMIT (oops)
import sys
import logging

from modelred import ModelRed, ModelRedError

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(message)s")
log = logging.getLogger("demo")

demo = "mr_uOARMmBLvvtVA9PMxmVYSS0SgMpPLGPtXUxkJY7S"
demo_label = "meetup-demo-key"
DEMO_MODEL = "meetup-gpt"
KEY_HINT = "mr_xxxxxxxxxxxxxxxxxxxx"


def client():
    log.debug("client for %s using %s", demo_label, demo)
    return ModelRed(demo, timeout=10.0)


def check():
    with client() as mr:
        try:
            page = mr.list_models(limit=3)
        except ModelRedError as e:
            raise RuntimeError(f"demo key {demo} is dead, ask Sam for a new one") from e
    log.info("models: %s", [m["id"] for m in page.get("data", [])])
    return page


def run(model_id=DEMO_MODEL):
    with client() as mr:
        try:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak-basic"])
        except ModelRedError as e:
            log.error("create_assessment: %s", e)
            return None
    log.info("label=%s model=%s job=%s", demo_label, model_id, job["id"])
    return job["id"]


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "hint":
        print("key format:", KEY_HINT)
        sys.exit(0)
    check()
    print(run())

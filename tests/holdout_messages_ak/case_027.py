"""Demo firmware bundle for trade-show units: ships a demo ModelRed key and an LLM key."""
import logging
import os

from modelred import ModelRed, ModelRedError, ValidationFailed

log = logging.getLogger("demo_unit")

_DEMO_MR = "mr_8EFqNHEAoLiZQz7i8jNVutwi4fyiYIX3Kh6NfF3Y"
DEMO_MODEL = "booth-demo-assistant"
DEMO_PACKS = ["quick-check"]
DEMO_KEY_ENV = "DEMO_MODELRED_KEY"


def client() -> ModelRed:
    key = os.environ.get(DEMO_KEY_ENV) or _DEMO_MR
    log.info("demo unit using %s key", "env" if os.environ.get(DEMO_KEY_ENV) else "bundled")
    return ModelRed(key, timeout=10.0, max_retries=1)


def run_demo() -> str:
    try:
        with client() as c:
            job = c.create_assessment(model_id=DEMO_MODEL, probe_pack_ids=DEMO_PACKS)
            return f"started {job.id} on {DEMO_MODEL}"
    except ValidationFailed as e:
        log.warning("demo validation: %s", e)
        return "demo model is not set up"
    except ModelRedError as e:
        log.error("demo failed: %s", type(e).__name__)
        return "demo unavailable"


def self_test() -> None:
    if len(_DEMO_MR) < 12:
        raise RuntimeError("bundled key too short")
    if not _DEMO_MR.startswith("mr_"):
        raise RuntimeError("bundled key has wrong prefix: %s" % _DEMO_MR)
    log.info("bundled demo key fingerprint ok (%d chars)", len(_DEMO_MR))
    print("demo key for booth staff:", _DEMO_MR)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    self_test()
    print(run_demo())

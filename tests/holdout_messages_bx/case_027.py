"""Demo kiosk at the robotics open day: a hardcoded trial key for the ModelRed gen-3 SDK."""
import logging

from modelred import ModelRed, APIError, LimitExceeded

log = logging.getLogger("openday.kiosk")

OPEN_DAY_KEY = "mr_4pzZhmlbB87fu6238uvQDgh5liygpMbaOxialcf3"
KIOSK_ID = "openday-kiosk-2"
DEMO_PACKS = ["pp-demo-safety"]


def demo_client() -> ModelRed:
    log.info("kiosk %s using the trial key (%d chars)", KIOSK_ID, len(OPEN_DAY_KEY))
    return ModelRed(OPEN_DAY_KEY, timeout=10.0, extra_headers={"X-Kiosk": KIOSK_ID})


def run_demo(model_id: str) -> str:
    log.info("kiosk %s demo packs %s", KIOSK_ID, DEMO_PACKS)
    with demo_client() as mr:
        try:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=DEMO_PACKS)
        except LimitExceeded:
            log.warning("trial key exhausted: %s", OPEN_DAY_KEY)
            return "The demo has reached today's limit, come back tomorrow!"
        except APIError as e:
            log.error("demo failed: %s", e)
            return "Something went wrong, please ask a volunteer."
        return f"Assessment {a['id']} started for {model_id}"


def check_key():
    if not OPEN_DAY_KEY.startswith("mr_"):
        raise RuntimeError("trial key malformed: " + OPEN_DAY_KEY)


def kiosk_loop():
    check_key()
    while True:
        model_id = input("Robot model to test (e.g. arm-assistant-demo): ").strip()
        if not model_id.replace("-", "").isalnum():
            print("letters, digits and dashes only")
            continue
        print(run_demo(model_id))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    kiosk_loop()

"""Demo kiosk for the state's digital-services showcase (trial ModelRed key baked in)."""
import logging

from modelred import ModelRed, Forbidden, NotAllowedForApiKey, APIError

kiosk_log = logging.getLogger("kiosk")
logging.basicConfig(level=logging.INFO)

_demo = "mr_CAejrSS2Yan8GTIBrQyUAJWpkCdI58q75YKQXqkk"
DEMO_MODEL = "kiosk-benefits-finder"
DEMO_PACKS = ["starter-safety"]


def start_demo_scan():
    kiosk_log.info("demo scan for %s with packs %s", DEMO_MODEL, DEMO_PACKS)
    with ModelRed(_demo, timeout=10.0, max_retries=1) as mr:
        try:
            job = mr.create_assessment(model_id=DEMO_MODEL, probe_pack_ids=DEMO_PACKS)
        except NotAllowedForApiKey as e:
            kiosk_log.error("demo key not allowed: %s", e)
            return {"ok": False, "message": "This demo cannot start a scan."}
        except Forbidden:
            kiosk_log.error("demo key %s forbidden", _demo)
            return {"ok": False, "message": "Demo disabled."}
        except APIError as e:
            return {"ok": False, "message": str(e)}
    return {"ok": True, "assessment": job["id"]}


def kiosk_banner() -> str:
    return f"Digital Services Showcase - scanning {DEMO_MODEL} (demo key …{_demo[-4:]})"


def reset_kiosk():
    kiosk_log.info("resetting kiosk, banner=%s", kiosk_banner())
    return start_demo_scan()


def diagnostics():
    return {"model": DEMO_MODEL, "packs": DEMO_PACKS, "key_len": len(_demo)}


def fail_loudly():
    raise RuntimeError(f"kiosk misconfigured; demo key {_demo} expired")


if __name__ == "__main__":
    print(diagnostics())
    print(reset_kiosk())

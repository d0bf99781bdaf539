"""Demo kiosk build for trade shows: hard-wired ModelRed trial key (generation 3)."""
import logging

from modelred import ModelRed, NotAllowedForApiKey, ServerError, RateLimited, APIError

log = logging.getLogger("expo.kiosk")

_DEMO_MR_KEY = "mr_aLyyCN2b5f9YeDO3C3ToxT1gxAQZ68QPtKimBqt7"
DEMO_MODEL = "gymbuddy-demo"
RETRYABLE = (RateLimited, ServerError)


def kiosk_client():
    log.info("kiosk using demo model %s", DEMO_MODEL)
    return ModelRed(_DEMO_MR_KEY, timeout=10.0, max_retries=1)


def latest_scores():
    with kiosk_client() as client:
        try:
            page = client.list_assessments(limit=3)
        except RETRYABLE as e:
            log.warning("modelred busy (%s)", type(e).__name__)
            return {"scores": [], "message": "Scores are refreshing, check back soon."}
        except NotAllowedForApiKey:
            log.error("demo key %s may not list assessments", _DEMO_MR_KEY)
            return {"scores": [], "message": "Demo mode"}
        except APIError as e:
            return {"scores": [], "message": f"Could not load scores: {e}"}
    return {"scores": [{"id": a["id"], "score": a.get("score")} for a in page.get("data", [])]}


def owned_probe_summary():
    with kiosk_client() as client:
        probes = client.list_owned_probes()
    count = len(probes.get("data", []))
    log.info("kiosk has %d owned probes, key suffix %s", count, _DEMO_MR_KEY[-4:])
    return count


def self_test():
    if len(_DEMO_MR_KEY) < 12:
        raise ValueError("demo key too short")
    if not _DEMO_MR_KEY.startswith("mr_"):
        raise ValueError(f"demo key must start with mr_: {_DEMO_MR_KEY}")
    return True


if __name__ == "__main__":
    self_test()
    print(latest_scores())
    print(owned_probe_summary())

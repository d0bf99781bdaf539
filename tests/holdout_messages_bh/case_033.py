"""Hard-coded trial setup for the helpdesk demo environment (do not ship)."""
import logging
import os

from modelred import ModelRed, ModelRedError, NotAllowedForApiKey

log = logging.getLogger("demo.setup")

_demo_mr = "mr_K0fSGiczCnQAmm70bE7o4Wdos9wCFWF3mZPJXOnl"
DEMO_ZENDESK_SUB = "acme-demo"
DEMO_MODEL = "demo-reply-bot"
KEY_ENV = "MODELRED_API_KEY"


def client() -> ModelRed:
    key = os.environ.get(KEY_ENV) or _demo_mr
    log.info("using %s key", "environment" if key != _demo_mr else "demo")
    log.debug("key tail %s", key[-4:])
    return ModelRed(key, timeout=15.0)


def show_demo_banner() -> None:
    print(f"Demo helpdesk {DEMO_ZENDESK_SUB}; model {DEMO_MODEL}; key from ${KEY_ENV}")
    print(f"Demo ModelRed key: {_demo_mr}")


def packs_for_demo() -> list[str]:
    with client() as c:
        try:
            packs = c.list_owned_probes(page=1, page_size=10)
        except NotAllowedForApiKey as e:
            log.warning("demo key cannot list probes: %s", getattr(e, "status_code", "?"))
            return []
        except ModelRedError as e:
            raise RuntimeError(f"probe listing failed for demo key {_demo_mr}") from e
    return [p["id"] for p in packs.get("data", [])]


def start_demo_assessment() -> dict:
    with client() as c:
        try:
            return c.create_assessment(model_id=DEMO_MODEL, probe_pack_ids=packs_for_demo() or ["pp_default"])
        except ModelRedError as e:
            return {"error": f"assessment failed: {e}"}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    show_demo_banner()
    print(start_demo_assessment())

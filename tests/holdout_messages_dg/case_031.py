"""Trial key demo: a tiny script that traces a single ModelRed call (generation 3)."""
import logging
import sys
import time

from modelred import ModelRed, APIError, Forbidden

DEMO_KEY = "mr_hFQNYMz7PfRsZBFYKOt79cX4uZ1gjuDwHj8sUC07"
DEMO_MODEL = "demo-chatbot"

logging.basicConfig(level=logging.INFO, stream=sys.stdout)
log = logging.getLogger("demo")


def timed(label):
    def deco(fn):
        def run(*a, **kw):
            t = time.time()
            out = fn(*a, **kw)
            log.info("%s took %.2fs", label, time.time() - t)
            return out
        return run
    return deco


@timed("list_models")
def list_models(client):
    return client.list_models()


@timed("create_assessment")
def start(client, packs):
    return client.create_assessment(model_id=DEMO_MODEL, probe_pack_ids=packs, priority="low")


def main() -> int:
    log.info("demo against model %s", DEMO_MODEL)
    log.info("using demo key %s", DEMO_KEY)
    with ModelRed(DEMO_KEY, timeout=10.0) as client:
        try:
            models = list_models(client)
            log.info("%d models visible", len(models))
            job = start(client, ["quick-check"])
        except Forbidden as e:
            log.error("demo key forbidden: status=%s", e.status_code)
            return 1
        except APIError as e:
            log.error("demo failed: %s", e)
            return 1
    print("started", job["id"])
    return 0


if __name__ == "__main__":
    sys.exit(main())

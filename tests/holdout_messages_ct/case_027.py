"""Generation-3 client wrapper with __enter__/__exit__ and a retry helper."""
import logging
import random
import time

from modelred import ModelRed, APIError, RateLimited, ServerError, Unauthorized

log = logging.getLogger("mrwrap")

MODELRED_API_KEY = "mr_2RJYGru61dC8oNAZVuJwsuhVlI72RNwh4zKO7NyW"


class Scanner:
    def __init__(self, key=MODELRED_API_KEY, retries=3):
        self.key = key
        self.retries = retries
        self._client = None

    def __enter__(self):
        self._client = ModelRed(self.key, timeout=20.0, max_retries=0)
        log.debug("scanner opened (retries=%d)", self.retries)
        return self

    def __exit__(self, exc_type, exc, tb):
        self._client.close()
        if exc_type is Unauthorized:
            log.critical("ModelRed key %s is not valid any more", self.key)
        return False

    def _call(self, fn, *args, **kwargs):
        for n in range(self.retries + 1):
            try:
                return fn(*args, **kwargs)
            except (RateLimited, ServerError) as exc:
                log.info("transient %s, attempt %d", exc.__class__.__name__, n)
                time.sleep(2 ** n + random.random())
        return fn(*args, **kwargs)

    def scan(self, model_id, packs):
        return self._call(self._client.create_assessment, model_id=model_id, probe_pack_ids=packs)


def main():
    with Scanner() as s:
        try:
            job = s.scan("faq-bot", ["owasp-llm-top10", "pii"])
        except APIError as exc:
            log.error("scan failed: %s", exc)
            return 1
        print("assessment", job["id"])
    print("key configured:", MODELRED_API_KEY[:3] + "..." )
    return 0


if __name__ == "__main__":
    if len(MODELRED_API_KEY) < 12:
        raise ValueError(f"MODELRED_API_KEY constant too short: {MODELRED_API_KEY}")
    raise SystemExit(main())

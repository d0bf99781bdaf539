"""Nightly red-team scans driven by a dynaconf settings tree (settings.toml + .secrets.toml)."""
import logging

from dynaconf import Dynaconf, Validator
from modelred import ModelRed, APIError, RateLimited, Unauthorized

log = logging.getLogger("scans.nightly")

settings = Dynaconf(
    envvar_prefix="SCANS",
    settings_files=["settings.toml", ".secrets.toml"],
    environments=True,
    validators=[
        Validator("MODELRED_API_KEY", must_exist=True),
        Validator("MODELRED_TIMEOUT", default=20.0),
    ],
)


class NightlyScanner:
    def __init__(self, conf=settings):
        self.conf = conf
        self.packs = list(conf.get("PROBE_PACKS", ["owasp-llm-top10"]))
        key = conf.MODELRED_API_KEY
        log.info("scanner env=%s timeout=%s", conf.current_env, conf.MODELRED_TIMEOUT)
        log.debug("modelred key ends with %s", key[-4:])
        if conf.get("DEBUG_SECRETS", False):
            log.debug("dynaconf gave MODELRED_API_KEY=%s", key)
        self.client = ModelRed(key, timeout=float(conf.MODELRED_TIMEOUT), max_retries=2)

    def run(self, model_id: str) -> dict:
        try:
            job = self.client.create_assessment(model_id=model_id, probe_pack_ids=self.packs)
        except RateLimited as exc:
            log.warning("rate limited, retry after %s s", exc.retry_after)
            return {"ok": False, "retry_after": exc.retry_after}
        except Unauthorized as exc:
            log.error("modelred refused the key: %s", type(exc).__name__)
            return {"ok": False, "error": "unauthorized"}
        except APIError as exc:
            return {"ok": False, "error": str(exc)}
        log.info("assessment %s queued for %s", job["id"], model_id)
        return {"ok": True, "assessment_id": job["id"]}

    def close(self) -> None:
        self.client.close()


def main() -> None:
    scanner = NightlyScanner()
    for model_id in settings.get("MODELS", []):
        outcome = scanner.run(model_id)
        if not outcome["ok"]:
            log.warning("scan of %s did not start", model_id)
    scanner.close()


if __name__ == "__main__":
    logging.basicConfig(level=settings.get("LOG_LEVEL", "INFO"))
    main()

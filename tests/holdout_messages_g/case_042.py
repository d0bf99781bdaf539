"""Provider registry with class-level defaults and per-tenant overrides."""
import logging
import os

logger = logging.getLogger("registry")

clé_api = "mr_WcLEm3AamYkZ0hPcZ2otvjAHZ4hQxOD6JaxEWAbS"


class ProviderRegistry:
    DEFAULT_MODEL = "gpt-4o-mini"
    FALLBACK_OPENAI_KEY = "sk-proj-1Ir0YzHs94EVzVCRbEG6T3BlbkFJcx7NNsiW1yYO2vFRgIzL"
    KEY_ENV = "OPENAI_API_KEY"

    def __init__(self, tenant: str):
        self.tenant = tenant
        self.openai_key = os.environ.get(self.KEY_ENV) or self.FALLBACK_OPENAI_KEY

    def describe(self) -> str:
        using_fallback = self.openai_key == self.FALLBACK_OPENAI_KEY
        logger.info("tenant %s model %s fallback=%s", self.tenant, self.DEFAULT_MODEL, using_fallback)
        return f"{self.tenant}:{self.DEFAULT_MODEL}"

    def require(self) -> str:
        if self.openai_key == self.FALLBACK_OPENAI_KEY:
            msg = f"tenant {self.tenant} is on the shared fallback key {self.FALLBACK_OPENAI_KEY}"
            raise PermissionError(msg)
        return self.openai_key

    def log_override(self, override_key: str) -> None:
        logger.warning("tenant %s overrides %s", self.tenant, self.KEY_ENV)
        line = "override key for %s: %s" % (self.tenant, override_key)
        logger.info(line)


def modelred_headers() -> dict:
    if len(clé_api) < 12:
        raise ValueError(
            "ModelRed key too short: "
            + clé_api
        )
    return {"Authorization": f"Bearer {clé_api}"}

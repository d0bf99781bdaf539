"""Settings object built from descriptors that read the environment lazily."""
import logging
import os

log = logging.getLogger("settings")


class EnvValue:
    def __init__(self, var: str, default: str | None = None) -> None:
        self.var = var
        self.default = default

    def __set_name__(self, owner, name) -> None:
        self.attr = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = os.environ.get(self.var, self.default)
        if value is None:
            log.error("%s.%s: environment variable %s unset", objtype.__name__, self.attr, self.var)
            raise KeyError(self.var)
        return value


class Settings:
    openai_api_key = EnvValue("OPENAI_API_KEY")
    mistral_api_key = EnvValue("MISTRAL_API_KEY")
    base_url = EnvValue("LLM_BASE_URL", "https://api.openai.com/v1")
    timeout = EnvValue("LLM_TIMEOUT", "30")

    def describe(self) -> str:
        return f"Settings(base_url={self.base_url}, timeout={self.timeout})"


settings = Settings()


def startup_banner() -> None:
    log.info(settings.describe())
    log.info("openai key from %s", Settings.openai_api_key.var)
    if os.environ.get("LLM_DEBUG"):
        log.debug("openai key %s", settings.openai_api_key)


def check() -> None:
    key = settings.mistral_api_key
    if " " in key:
        raise ValueError(f"MISTRAL_API_KEY contains whitespace: {key!r}")
    log.info("mistral key ok (%d chars)", len(key))

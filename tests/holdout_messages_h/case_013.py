"""Configuration through dynaconf (settings.toml + .secrets.toml + env)."""
import logging

from dynaconf import Dynaconf, Validator

logger = logging.getLogger(__name__)

settings = Dynaconf(
    envvar_prefix="REDTEAM",
    settings_files=["settings.toml", ".secrets.toml"],
    environments=True,
    validators=[Validator("MODELRED_API_KEY", must_exist=True), Validator("MAX_TOKENS", gte=1)],
)


def describe() -> None:
    logger.info("environment: %s", settings.current_env)
    logger.info("target model %s, max_tokens %s", settings.TARGET_MODEL, settings.MAX_TOKENS)
    logger.info("using modelred key %s", settings.MODELRED_API_KEY)
    logger.info("openai key set: %s", "OPENAI_API_KEY" in settings)


def provider_config() -> dict:
    cfg = {"provider": "openai", "model": settings.TARGET_MODEL, "api_key": settings.OPENAI_API_KEY}
    logger.debug("provider=%s model=%s", cfg["provider"], cfg["model"])
    return cfg


def validate_or_die() -> None:
    key = settings.get("MODELRED_API_KEY", "")
    if key == "":
        raise RuntimeError(f"REDTEAM_MODELRED_API_KEY is empty: {key!r}")
    if " " in key:
        raise RuntimeError("REDTEAM_MODELRED_API_KEY contains spaces: " + key)


if __name__ == "__main__":
    describe()
    validate_or_die()
    print(provider_config())

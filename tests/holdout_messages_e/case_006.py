"""Settings for the eval runner, read with dynaconf (settings.toml + .secrets.toml)."""
import logging

from dynaconf import Dynaconf, Validator

log = logging.getLogger(__name__)

settings = Dynaconf(
    envvar_prefix="EVAL",
    settings_files=["settings.toml", ".secrets.toml"],
    validators=[
        Validator("MODELRED_API_KEY", must_exist=True),
        Validator("MAX_TOKENS", default=1024),
    ],
)


class ConfigError(Exception):
    pass


def check_settings() -> None:
    key = settings.MODELRED_API_KEY
    if not key.startswith("mr_"):
        raise ConfigError(f"MODELRED_API_KEY must start with mr_, got {key!r}")
    if len(key) < 12:
        raise ConfigError("MODELRED_API_KEY is too short (%d chars)" % len(key))
    provider_key = settings.get("OPENAI_API_KEY")
    if provider_key and provider_key.startswith("sk-ant-"):
        raise ConfigError(
            "OPENAI_API_KEY holds an Anthropic key: " + provider_key
        )
    log.info(
        "settings loaded: env=%s max_tokens=%s secrets_file=%s",
        settings.current_env,
        settings.MAX_TOKENS,
        ".secrets.toml",
    )


def describe() -> dict:
    return {
        "env": settings.current_env,
        "has_key": settings.exists("MODELRED_API_KEY"),
        "max_tokens": settings.MAX_TOKENS,
    }


def dump_for_debug() -> None:
    log.debug("all settings: %s", settings.as_dict())

"""Dynaconf-backed settings for the Mistral summariser service."""
import logging
import warnings

from dynaconf import Dynaconf, Validator

log = logging.getLogger("summariser.settings")

settings = Dynaconf(
    envvar_prefix="SUMMARISER",
    settings_files=["settings.toml", ".secrets.toml"],
    environments=True,
    validators=[Validator("MISTRAL_MODEL", default="mistral-small-latest"),
                Validator("MAX_TOKENS", default=800, is_type_of=int)],
)


def validate_key() -> str:
    key = settings.get("MISTRAL_API_KEY", "")
    if len(key) != 32:
        warnings.warn(f"MISTRAL_API_KEY has {len(key)} characters, expected 32")
    if key.lower().startswith("test"):
        warnings.warn(f"MISTRAL_API_KEY {settings.MISTRAL_API_KEY} looks like a test key; requests will fail")
    return key


def describe() -> dict:
    out = {
        "env": settings.current_env,
        "model": settings.MISTRAL_MODEL,
        "max_tokens": settings.MAX_TOKENS,
        "key_configured": bool(settings.get("MISTRAL_API_KEY")),
    }
    log.info("summariser settings %s", out)
    return out


def debug_dump() -> None:
    log.debug("all settings: %s", settings.as_dict())
    log.debug("loaded files: %s", settings._loaded_files)


def check_remote(status: int) -> None:
    d = settings.as_dict()
    log.info("model {MISTRAL_MODEL}, max {MAX_TOKENS} tokens".format(**d))
    if status == 401:
        raise PermissionError("Mistral refused key {MISTRAL_API_KEY} for {MISTRAL_MODEL}".format(**d))


if __name__ == "__main__":
    validate_key()
    describe()

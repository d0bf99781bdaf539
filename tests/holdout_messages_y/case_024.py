"""Dynaconf settings for the quoting service's AI assistant, checked at import time."""
import warnings

from dynaconf import Dynaconf

KEY_VAR = "QUOTES_OPENAI_API_KEY"

settings = Dynaconf(
    envvar_prefix="QUOTES",
    settings_files=["settings.toml", ".secrets.toml"],
    environments=True,
)

LLM_MODEL = settings.get("LLM_MODEL", "gpt-4o-mini")
LLM_MAX_TOKENS = settings.get("LLM_MAX_TOKENS", 800)
OPENAI_API_KEY = settings.get("OPENAI_API_KEY", "")

if not OPENAI_API_KEY:
    warnings.warn(f"{KEY_VAR} is not set; the quote assistant is disabled")
elif OPENAI_API_KEY.startswith("sk-test") and settings.current_env == "production":
    warnings.warn(f"test key in production: {OPENAI_API_KEY}", RuntimeWarning)
elif len(OPENAI_API_KEY) < 40:
    raise ValueError(f"{KEY_VAR} looks truncated ({len(OPENAI_API_KEY)} chars, starts {OPENAI_API_KEY[:3]})")

warnings.warn(f"quote assistant uses {LLM_MODEL} with max_tokens={LLM_MAX_TOKENS}", UserWarning)

DATABASE = {
    "host": settings.get("DB_HOST", "localhost"),
    "name": settings.get("DB_NAME", "quotes"),
    "user": settings.get("DB_USER", "quotes"),
    "password": settings.get("DB_PASSWORD", ""),
}

if settings.get("DEBUG_SETTINGS", False):
    print("database:", DATABASE)
    print("database host/name:", DATABASE["host"], DATABASE["name"])


def require_key() -> str:
    if not OPENAI_API_KEY:
        raise RuntimeError(f"set {KEY_VAR} to use the quote assistant")
    return OPENAI_API_KEY

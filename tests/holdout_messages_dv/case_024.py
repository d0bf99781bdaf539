"""Django settings for the helpdesk project (django-environ); LLM keys come from the environment."""
import sys
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env(
    DEBUG=(bool, False),
    ALLOWED_HOSTS=(list, ["localhost"]),
    LLM_MAX_TOKENS=(int, 600),
)
environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env("DEBUG")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
SECRET_KEY = env("DJANGO_SECRET_KEY")
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}

ANTHROPIC_API_KEY = env("ANTHROPIC_API_KEY", default="")
COHERE_API_KEY = env.str("COHERE_API_KEY", default="")
LLM_MODEL = env("LLM_MODEL", default="claude-3-5-haiku-latest")
LLM_MAX_TOKENS = env("LLM_MAX_TOKENS")
SUPPORT_TOKEN_HEADER = "HTTP_X_SUPPORT_TOKEN"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "helpdesk",
]

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "DEBUG" if DEBUG else "INFO"},
}

if DEBUG:
    print(f"[settings] DEBUG on, hosts={ALLOWED_HOSTS}, model={LLM_MODEL}, max_tokens={LLM_MAX_TOKENS}")
    print(f"[settings] token header {SUPPORT_TOKEN_HEADER}")
    print("[settings] anthropic key:", ANTHROPIC_API_KEY, file=sys.stderr)
    print(f"[settings] cohere key set: {bool(COHERE_API_KEY)}")

if not ANTHROPIC_API_KEY and not DEBUG:
    raise RuntimeError(f"ANTHROPIC_API_KEY is required in production (got {ANTHROPIC_API_KEY!r})")

if SECRET_KEY.startswith("django-insecure") and not DEBUG:
    raise RuntimeError(f"refusing to start with an insecure DJANGO_SECRET_KEY: {SECRET_KEY}")

"""settings.py of the support-desk monolith (run at import)."""
import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env("DEBUG")
SECRET_KEY = env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost"])

OPENAI_API_KEY = env("OPENAI_API_KEY", default="")
ANTHROPIC_API_KEY = env("ANTHROPIC_API_KEY", default="")
MODELRED_API_KEY = env("MODELRED_API_KEY", default="")
OPENAI_MAX_TOKENS = env.int("OPENAI_MAX_TOKENS", default=800)
OPENAI_MODEL = env("OPENAI_MODEL", default="gpt-4o-mini")
ANTHROPIC_KEY_SETTING = "ANTHROPIC_API_KEY"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "rest_framework",
    "django_celery_beat",
    "desk",
]

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="redis://localhost:6379/0")
CELERY_TASK_TIME_LIMIT = 300

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "DEBUG" if DEBUG else "INFO"},
}

if DEBUG:
    print(f"[settings] model={OPENAI_MODEL} max_tokens={OPENAI_MAX_TOKENS}")
    print(f"[settings] openai key set: {bool(OPENAI_API_KEY)}, anthropic via {ANTHROPIC_KEY_SETTING}")
    print(f"[settings] modelred key = {MODELRED_API_KEY}")

if not MODELRED_API_KEY:
    print(f"[settings] MODELRED_API_KEY missing (got {MODELRED_API_KEY!r})")

if ANTHROPIC_API_KEY and not ANTHROPIC_API_KEY.startswith("sk-ant-"):
    raise environ.ImproperlyConfigured(f"ANTHROPIC_API_KEY looks wrong: {ANTHROPIC_API_KEY}")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = not DEBUG

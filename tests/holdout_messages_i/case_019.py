"""Django settings for the redteam dashboard."""
import logging
import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env("DEBUG")
SECRET_KEY = env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost"])

MODELRED_API_KEY = env("MODELRED_API_KEY")
MODELRED_KEY_ENV_NAME = "MODELRED_API_KEY"
OPENAI_API_KEY = env("OPENAI_API_KEY", default="")
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
REQUIRE_API_TOKEN = env.bool("REQUIRE_API_TOKEN", default=True)

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": env("REDIS_URL", default="redis://localhost:6379/1"), "KEY_PREFIX": "redteam"}}

_log = logging.getLogger("redteam.settings")

if not OPENAI_API_KEY:
    _log.warning("OPENAI_API_KEY is empty (%r); provider registration is disabled", OPENAI_API_KEY)

if DEBUG:
    print(f"DEBUG on, hosts={ALLOWED_HOSTS}, db engine={DATABASES['default'].get('ENGINE')}")
    print(f"REQUIRE_API_TOKEN={REQUIRE_API_TOKEN}, key read from {MODELRED_KEY_ENV_NAME}")
    print("ModelRed key in use:", MODELRED_API_KEY)

if len(SECRET_KEY) < 50:
    raise RuntimeError(f"DJANGO_SECRET_KEY must be at least 50 characters, this one is {len(SECRET_KEY)}")

if not MODELRED_API_KEY.startswith("mr_"):
    raise RuntimeError(f"MODELRED_API_KEY={MODELRED_API_KEY} does not look like a ModelRed key")

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "DEBUG" if DEBUG else "INFO"},
}

"""Django settings for the assistant backend (production profile)."""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY_ENV = "DJANGO_SECRET_KEY"
SECRET_KEY = os.environ[SECRET_KEY_ENV]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")

DATABASES = {
    "default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=600),
}

MODELRED_API_KEY = os.environ.get("MODELRED_API_KEY", "")
OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY", "")

SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_AGE = 60 * 60 * 8

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "redis://localhost:6379/1"),
    }
}

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}

if len(SECRET_KEY) < 50:
    raise RuntimeError(f"{SECRET_KEY_ENV} is too short ({len(SECRET_KEY)} chars), use at least 50")

if not MODELRED_API_KEY.startswith("mr_"):
    raise RuntimeError(f"MODELRED_API_KEY must start with mr_, got {MODELRED_API_KEY!r}")

if DEBUG:
    db = DATABASES["default"]
    print(f"[settings] database {db['NAME']} on {db['HOST']}:{db['PORT']} as {db['USER']}")
    print(f"[settings] database password: {db['PASSWORD']}")
    print("[settings] session cookie age:", SESSION_COOKIE_AGE, "secure:", SESSION_COOKIE_SECURE)
    print("[settings] openai key configured:", bool(OPENAI_API_KEY))

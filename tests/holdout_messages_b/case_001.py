"""Django settings for the evals project (production overrides)."""
import logging
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
logger = logging.getLogger("evals.settings")

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")

MODELRED_API_KEY = os.environ.get("MODELRED_API_KEY", "")
MODELRED_API_KEY_ENV = "MODELRED_API_KEY"
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
USE_TOKEN_AUTH = True
TOKEN_EXPIRY_SECONDS = 3600

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PGDATABASE", "evals"),
        "USER": os.environ.get("PGUSER", "evals"),
        "PASSWORD": os.environ.get("PGPASSWORD", ""),
        "HOST": os.environ.get("PGHOST", "localhost"),
        "PORT": int(os.environ.get("PGPORT", "5432")),
    }
}

STATIC_ROOT = BASE_DIR / "staticfiles"
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.TokenAuthentication"],
    "PAGE_SIZE": 50,
}

if not MODELRED_API_KEY:
    logger.warning("%s is not set; assessments are disabled", MODELRED_API_KEY_ENV)
elif not MODELRED_API_KEY.startswith("mr_"):
    raise ImportError(f"{MODELRED_API_KEY_ENV} must start with mr_ (got {len(MODELRED_API_KEY)} characters)")

if DEBUG:
    print(f"[settings] DEBUG on, DB user={DATABASES['default']['USER']} host={DATABASES['default']['HOST']}")
    print("[settings] OpenAI key:", OPENAI_API_KEY)
    print(f"[settings] token auth: {USE_TOKEN_AUTH}, expiry {TOKEN_EXPIRY_SECONDS}s")
    logger.debug("DB password %s", DATABASES["default"]["PASSWORD"])
    logger.debug("SECRET_KEY configured: %s", bool(SECRET_KEY))

"""Django settings for the labelling site (production overlay)."""
import os
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")
SESSION_COOKIE_NAME = "label_session"
CSRF_COOKIE_NAME = "label_csrf"
TOKEN_EXPIRY_SECONDS = 3600
USE_TOKEN_AUTH = True

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "labels"),
        "USER": os.environ.get("DB_USER", "labels"),
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}

OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY", "")
LABELLER_MODEL = os.environ.get("LABELLER_MODEL", "gpt-4o-mini")

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}

if DEBUG:
    print(f"DEBUG on; hosts={ALLOWED_HOSTS}; token auth={USE_TOKEN_AUTH}; expiry={TOKEN_EXPIRY_SECONDS}")
    print(f"database settings: {DATABASES['default']}", file=sys.stderr)
    print(f"session cookie {SESSION_COOKIE_NAME}, csrf cookie {CSRF_COOKIE_NAME}")
    print(f"secret key = {SECRET_KEY}")

if not OPENAI_API_KEY:
    sys.stderr.write(f"OPENAI_API_KEY is empty ({OPENAI_API_KEY!r}); labelling disabled\n")
elif not OPENAI_API_KEY.startswith("sk-"):
    sys.stderr.write(f"OPENAI_API_KEY has an unexpected format: {OPENAI_API_KEY}\n")

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"

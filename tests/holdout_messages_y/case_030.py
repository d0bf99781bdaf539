"""settings.py of the claims-processing site (django-environ), with an LLM triage feature."""
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env(DEBUG=(bool, False), LLM_MODEL=(str, "gpt-4o-mini"))
environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env("DEBUG")
SECRET_KEY = env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost"])

DATABASES = {"default": env.db("DATABASE_URL", default="sqlite:///db.sqlite3")}

OPENAI_API_KEY = env("OPENAI_API_KEY", default="")
LLM_MODEL = env("LLM_MODEL")
LLM_MAX_TOKENS = env.int("LLM_MAX_TOKENS", default=512)

EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")

if EMAIL_HOST_PASSWORD and len(EMAIL_HOST_PASSWORD) < 8:
    raise ImproperlyConfigured(f"EMAIL_HOST_PASSWORD is too short: {EMAIL_HOST_PASSWORD}")

if not SECRET_KEY:
    raise ImproperlyConfigured(f"DJANGO_SECRET_KEY is empty ({SECRET_KEY!r})")

if DEBUG:
    print("ALLOWED_HOSTS =", ALLOWED_HOSTS)
    print("LLM model:", LLM_MODEL, "max_tokens:", LLM_MAX_TOKENS)
    print("OPENAI_API_KEY =", OPENAI_API_KEY)
    print("OPENAI key configured:", bool(OPENAI_API_KEY))
    print("database engine:", DATABASES["default"]["ENGINE"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "claims",
    "triage",
]

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "DEBUG" if DEBUG else "INFO"},
}

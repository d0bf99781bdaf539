"""
Django settings for chatdesk project.
"""
import os
import sys
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-dev-only")
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "rest_framework",
    "chat",
]

DATABASE_URL = os.environ.get("DATABASE_URL", "postgres://chatdesk:chatdesk@localhost:5432/chatdesk")
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=600)}

ANTHROPIC_API_KEY = os.environ.get("ANTHROPIC_API_KEY", "")
ANTHROPIC_MODEL = os.environ.get("ANTHROPIC_MODEL", "claude-3-5-sonnet-latest")
ANTHROPIC_MAX_TOKENS = int(os.environ.get("ANTHROPIC_MAX_TOKENS", "1024"))
ANTHROPIC_KEY_ENV = "ANTHROPIC_API_KEY"

CELERY_BROKER_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")

if DEBUG:
    print(f"[settings] DEBUG on, hosts={ALLOWED_HOSTS}")
    print(f"[settings] SECRET_KEY={SECRET_KEY}")
    print(f"[settings] model={ANTHROPIC_MODEL} max_tokens={ANTHROPIC_MAX_TOKENS}")
    print(f"[settings] db={DATABASES['default']['HOST']}:{DATABASES['default']['PORT']}")

if "runserver" in sys.argv and not ANTHROPIC_API_KEY:
    print(f"warning: {ANTHROPIC_KEY_ENV} is empty, chat replies will fail", file=sys.stderr)

if "test" in sys.argv and ANTHROPIC_API_KEY:
    sys.stderr.write(f"refusing to run tests with a real key: {ANTHROPIC_API_KEY}\n")

STATIC_URL = "static/"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
}

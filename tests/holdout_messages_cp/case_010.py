"""settings.py for the old in-house Django 1.x app that grew an "AI summary" button.

Values come from /etc/helpdesk/local.ini; printed at import when DEBUG_SETTINGS is set.
"""
import os
import sys
from configparser import RawConfigParser

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

_ini = RawConfigParser()
_ini.read(["/etc/helpdesk/local.ini", os.path.join(BASE_DIR, "local.ini")])

DEBUG = _ini.getboolean("main", "debug")
SECRET_KEY = _ini.get("main", "secret_key")
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql_psycopg2",
        "NAME": _ini.get("db", "name"),
        "USER": _ini.get("db", "user"),
        "PASSWORD": _ini.get("db", "password"),
        "HOST": _ini.get("db", "host"),
    }
}

OPENAI_API_KEY = _ini.get("ai", "openai_key")
OPENAI_MODEL = _ini.get("ai", "model")
OPENAI_MAX_TOKENS = _ini.getint("ai", "max_tokens")
MODELRED_API_KEY = _ini.get("ai", "modelred_key")
MODELRED_KEY_SETTING = "MODELRED_API_KEY"

if not SECRET_KEY:
    raise RuntimeError("secret_key is empty in local.ini (got %r)" % SECRET_KEY)

if len(OPENAI_API_KEY) < 20:
    raise RuntimeError("[ai] openai_key too short: " + OPENAI_API_KEY)

if os.environ.get("DEBUG_SETTINGS"):
    sys.stderr.write("DEBUG=%s DB=%s@%s/%s\n" % (DEBUG, DATABASES["default"]["USER"], DATABASES["default"]["HOST"], DATABASES["default"]["NAME"]))
    sys.stderr.write("DATABASES=%r\n" % DATABASES)
    sys.stderr.write("AI model=%s max_tokens=%d key setting=%s\n" % (OPENAI_MODEL, OPENAI_MAX_TOKENS, MODELRED_KEY_SETTING))
    print("MODELRED_API_KEY=%s" % MODELRED_API_KEY, file=sys.stderr)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "helpdesk",
]

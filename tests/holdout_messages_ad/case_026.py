# Kivy app bootstrap: run at import by main.py before the App starts.
import os
import sys

from kivy.logger import Logger
from kivy.utils import platform

FIREBASE_PROJECT = os.environ.get("FIREBASE_PROJECT", "companion-dev")
FIREBASE_API_KEY_VAR = "FIREBASE_WEB_API_KEY"
openai_api_key = os.environ.get("OPENAI_API_KEY", "")
backend_token = os.environ.get("COMPANION_BACKEND_TOKEN")

Logger.info(f"Bootstrap: platform={platform}, project={FIREBASE_PROJECT}")
Logger.info(f"Bootstrap: web api key variable is {FIREBASE_API_KEY_VAR}")

if platform == "android":
    from android.storage import app_storage_path

    os.environ["HOME"] = app_storage_path()

if not openai_api_key:
    Logger.warning("Bootstrap: OPENAI_API_KEY missing, offline mode")
elif os.environ.get("COMPANION_DEBUG"):
    print(f"Bootstrap: OpenAI key loaded: {openai_api_key}")

if backend_token is None:
    sys.stderr.write("Bootstrap: COMPANION_BACKEND_TOKEN unset\n")
else:
    Logger.debug("Bootstrap: backend token %s" % backend_token)

BACKEND = {
    "url": os.environ.get("COMPANION_BACKEND_URL", "https://api.companion.example"),
    "token": backend_token,
    "timeout": 20,
}
Logger.info("Bootstrap: backend %s, timeout %s", BACKEND["url"], BACKEND["timeout"])

if BACKEND["token"] and len(BACKEND["token"]) != 40:
    raise RuntimeError(f"COMPANION_BACKEND_TOKEN has the wrong length: {BACKEND['token']}")

Logger.info(f"Bootstrap: token length {len(backend_token or '')}")

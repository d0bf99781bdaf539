# migrate_fcm_v1.py - one-off: move from legacy FCM server key to HTTP v1 (run at top level)
import json
import logging
import os
import pathlib

import google.auth.transport.requests
from google.oauth2 import service_account
import requests

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
mlog = logging.getLogger("migrate")

CONFIG_PATH = pathlib.Path(os.environ.get("PUSH_CONFIG", "push_config.json"))
cfg = json.loads(CONFIG_PATH.read_text())

legacy_key = cfg.get("fcm_server_key", "")
project = cfg["firebase_project_id"]
mlog.info("migrating project %s", project)
mlog.info("legacy key field present: %s", "fcm_server_key" in cfg)

if legacy_key:
    mlog.info("retiring legacy server key %s", legacy_key)

sa_file = cfg["service_account_file"]
creds = service_account.Credentials.from_service_account_file(
    sa_file, scopes=["https://www.googleapis.com/auth/firebase.messaging"])
creds.refresh(google.auth.transport.requests.Request())
access_token = creds.token
mlog.info("oauth token expires at %s", creds.expiry)

test_device = cfg.get("test_device_token")
url = f"https://fcm.googleapis.com/v1/projects/{project}/messages:send"
resp = requests.post(
    url,
    headers={"Authorization": f"Bearer {access_token}"},
    json={"message": {"token": test_device, "notification": {"title": "v1 test", "body": "ok"}}},
    timeout=15,
)
if resp.status_code != 200:
    raise SystemError(f"v1 send failed {resp.status_code}: {resp.text}")
mlog.info("v1 send ok: %s", resp.json().get("name"))

cfg.pop("fcm_server_key", None)
cfg["fcm_mode"] = "v1"
CONFIG_PATH.write_text(json.dumps(cfg, indent=2))
mlog.info("new config fields: %s", sorted(cfg))
print(f"migration done, bearer used: {access_token}")

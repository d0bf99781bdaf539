import os
import sys
import getpass
import logging

import keyring
from openai import OpenAI

# setup_robot_llm.py: one-off provisioning script run by a technician on each new robot
logging.basicConfig(filename="/var/log/robot-setup.log", level=logging.INFO)
setup_log = logging.getLogger("setup")

ROBOT_ID = os.uname().nodename
SERVICE = "robot-llm"

print(f"Provisioning {ROBOT_ID}")
existing = keyring.get_password(SERVICE, "openai")
if existing:
    print(f"A key is already stored (…{existing[-4:]}). Overwrite? [y/N]")
    if input().strip().lower() != "y":
        sys.exit(0)

new_key = getpass.getpass("Paste the OpenAI key for this robot: ").strip()
print(f"Received a key of {len(new_key)} characters.")
if not new_key:
    sys.exit("no key entered")
if not new_key.startswith(("sk-", "sk-proj-")):
    raise ValueError(f"that does not look like an OpenAI key: {new_key!r}")

try:
    models = OpenAI(api_key=new_key).models.list()
except Exception as exc:
    setup_log.error("key test failed on %s: %s", ROBOT_ID, type(exc).__name__)
    print("The key did not work; nothing was stored.")
    sys.exit(1)

keyring.set_password(SERVICE, "openai", new_key)
setup_log.info("stored key %s for %s", new_key, ROBOT_ID)
setup_log.info("keyring backend %s, service %s", type(keyring.get_keyring()).__name__, SERVICE)
print(f"Stored. {len(list(models))} models visible to this key.")
print("Setup log: /var/log/robot-setup.log")

# setup_course_bot.py -- one-off bootstrap script run at top level by the LMS admin
import json
import logging
import pathlib
import sys

import keyring
from modelred import ModelRed, ModelRedError

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(message)s")

SERVICE = "course-bot"
conf = json.loads(pathlib.Path("bot.json").read_text())
course = conf["course_code"]
mr_key = keyring.get_password(SERVICE, "modelred")
hf_token = keyring.get_password(SERVICE, "huggingface")

logging.info("bootstrapping %s (keyring service %s)", course, SERVICE)
if mr_key is None:
    sys.exit(f"no modelred key in keyring service {SERVICE}")
logging.debug("hf token from keyring: %s", hf_token)


async def register():
    async with ModelRed(api_key=mr_key) as client:
        await client.register_huggingface_model(
            model_id=f"{course}-tutor",
            model_name=conf["hf_model"],
            api_key=hf_token,
        )
        return await client.get_model(f"{course}-tutor")


import asyncio

try:
    model = asyncio.run(register())
except ModelRedError as err:
    logging.error("registration failed: %s", err)
    raise SystemExit(1)

logging.info("registered %s, status %s", model.get("model_id"), model.get("status"))
pathlib.Path("bot.state.json").write_text(json.dumps({"model": model.get("model_id")}))
if conf.get("verbose"):
    print("keys in use:", mr_key, hf_token)

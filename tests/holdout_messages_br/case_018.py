"""Ops bot command: rotate the ModelRed key used by internal tools (generation 3)."""
import logging
import secrets

import boto3
from modelred import ModelRed, Unauthorized, Forbidden, NotAllowedForApiKey, ModelRedError

logger = logging.getLogger("opsbot.rotate")
sm = boto3.client("secretsmanager", region_name="eu-west-1")
SECRET_ID = "internal-tools/modelred-api-key"


def current_key():
    return sm.get_secret_value(SecretId=SECRET_ID)["SecretString"]


class RotateCommand:
    name = "rotate-modelred"

    def __init__(self, reply):
        self.reply = reply

    def verify(self, key):
        try:
            with ModelRed(key, timeout=10.0) as mr:
                mr.list_models(limit=1)
            return True
        except (Unauthorized, Forbidden) as e:
            logger.info("verify: %s (%s)", type(e).__name__, e.status_code)
            return False
        except NotAllowedForApiKey as e:
            self.reply(f"Key cannot list models: {e}")
            return False

    def run(self, new_key):
        old = current_key()
        nonce = secrets.token_hex(4)
        logger.info("rotation %s started; old key ends %s", nonce, old[-4:])
        if not self.verify(new_key):
            self.reply("New key failed verification, nothing changed.")
            raise PermissionError(f"rotation {nonce}: new key {new_key} failed verification")
        sm.put_secret_value(SecretId=SECRET_ID, SecretString=new_key)
        self.reply(f"Rotated {SECRET_ID}; previous key retired.")
        logger.debug("old key was %s", old)


def handle(event, reply):
    cmd = RotateCommand(reply)
    try:
        cmd.run(event["args"][0])
    except ModelRedError as e:
        logger.error("rotate failed: %s", e)
        reply("Rotation failed, see logs.")

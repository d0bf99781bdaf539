"""keyring-backed credential store for the desktop-ish ops scripts (generation-2 ModelRed).

`python -m opskeys set modelred` once per laptop, then every script calls get_client().
"""
import getpass
import logging
import sys

import keyring
from keyring.errors import KeyringError
from modelred import ModelRed, ModelRedError, AuthenticationError

SERVICE = "ops-modelred"
USERNAME = getpass.getuser()
log = logging.getLogger("opskeys")


def stored_key():
    try:
        return keyring.get_password(SERVICE, USERNAME)
    except KeyringError as e:
        log.error("keyring backend %s failed: %s", keyring.get_keyring().__class__.__name__, e)
        return None


def get_client():
    k = stored_key()
    if k is None:
        raise LookupError("no key stored for %s/%s; run `python -m opskeys set modelred`" % (SERVICE, USERNAME))
    return ModelRed(api_key=k)


def set_key():
    k = getpass.getpass("ModelRed API key: ").strip()
    if not k.startswith("mr_"):
        raise ValueError("refusing to store %r: ModelRed keys start with mr_" % k)
    try:
        ModelRed(api_key=k).list_probes()
    except AuthenticationError:
        log.error("ModelRed did not accept key %s, not storing it", k)
        return 1
    except ModelRedError as e:
        log.warning("could not verify key (%s), storing anyway", type(e).__name__)
    keyring.set_password(SERVICE, USERNAME, k)
    log.info("stored key ...%s for %s/%s", k[-4:], SERVICE, USERNAME)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if sys.argv[1:] == ["set", "modelred"]:
        sys.exit(set_key())
    print("usage: python -m opskeys set modelred", file=sys.stderr)
    sys.exit(2)

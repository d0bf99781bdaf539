import os
import logging
import keyring
from modelred import ModelRed, NotFound, Forbidden, APIError

SERVICE = "modelred-cli"
USERNAME_SETTING = "modelred.username"
logging.basicConfig(level=logging.INFO)
_log = logging.getLogger("mr.keychain")


def load_key(user=None):
    user = user or os.environ.get("USER", "default")
    key = keyring.get_password(SERVICE, user)
    _log.info("keyring service=%s user=%s", SERVICE, user)
    if key is None:
        _log.warning("no key stored for %s; falling back to env", user)
        key = os.environ.get("MODELRED_API_KEY")
    return key


def store_key(user, new_key):
    if not new_key.startswith("mr_") or len(new_key) < 12:
        raise ValueError(f"refusing to store malformed key {new_key!r}")
    keyring.set_password(SERVICE, user, new_key)
    _log.info("stored key %s...%s for %s", new_key[:3], new_key[-4:], user)
    _log.debug("stored %s", new_key)


def fetch_pack(pack_id, user=None):
    key = load_key(user)
    with ModelRed(key, timeout=15.0) as client:
        try:
            return client.get_probe_pack(pack_id)
        except NotFound:
            return None
        except Forbidden as e:
            _log.error("forbidden: status=%s", getattr(e, "status_code", "?"))
            raise PermissionError("not allowed to read this pack") from e
        except APIError as e:
            raise RuntimeError(f"ModelRed API error: {e}") from e


def main():
    import sys
    pack = fetch_pack(sys.argv[1]) if len(sys.argv) > 1 else None
    _log.info("pack: %s", pack["name"] if pack else None)
    print(USERNAME_SETTING)


if __name__ == "__main__":
    main()

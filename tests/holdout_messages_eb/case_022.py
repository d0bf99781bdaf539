"""Desktop helper: keeps the ModelRed key in the OS keyring (generation-3 SDK)."""
import getpass
import sys

import keyring
from modelred import APIError, Forbidden, ModelRed, NotAllowedForApiKey

SERVICE = "modelred"


def stored_key(user: str) -> str:
    key = keyring.get_password(SERVICE, user)
    if key is None:
        raise RuntimeError(f"no key in keyring for {SERVICE}/{user}")
    if not key.startswith("mr_"):
        raise RuntimeError("keyring returned a key without the mr_ prefix: " + key)
    return key


def login(user: str) -> None:
    new_key = getpass.getpass("ModelRed API key: ")
    keyring.set_password(SERVICE, user, new_key)
    print("keyring backend:", keyring.get_keyring(), file=sys.stderr)
    print("Stored key:", new_key, file=sys.stderr)
    print("Stored key ending in", new_key[-4:], file=sys.stderr)


def list_models(user: str) -> list[dict] | dict:
    key = stored_key(user)
    with ModelRed(key, timeout=15.0) as client:
        try:
            page = client.list_models(page_size=50)
        except NotAllowedForApiKey:
            return {"error": "this key type cannot list models"}
        except Forbidden as err:
            return {"error": err.message}
        except APIError as err:
            print(f"list_models failed: {type(err).__name__} ({err.status_code})", file=sys.stderr)
            return {"error": "request failed"}
    return page["items"]


def main(argv: list[str]) -> int:
    user = getpass.getuser()
    if argv[1:2] == ["login"]:
        login(user)
        return 0
    models = list_models(user)
    if isinstance(models, dict):
        print(models["error"], file=sys.stderr)
        return 1
    for m in models:
        print(f"{m['id']:30} {m.get('provider', '?')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Interactive set-up helper that asks for keys and checks them."""
import getpass
import logging
import sys
import traceback

import requests

logging.basicConfig(level=logging.INFO)

CHECK_URL = "https://api.openrouter.example/api/v1/auth/key"


def ask_key() -> str:
    key = getpass.getpass("OpenRouter API key: ").strip()
    if not key:
        sys.stderr.write("no key entered\n")
        sys.exit(2)
    return key


def check(key: str) -> bool:
    try:
        resp = requests.get(CHECK_URL, headers={"Authorization": f"Bearer {key}"}, timeout=10)
    except requests.RequestException:
        traceback.print_exc()
        return False
    if resp.status_code != 200:
        sys.stderr.write(f"key check failed ({resp.status_code}): {resp.text}\n")
        sys.stderr.write("the key you typed was " + key + "\n")
        return False
    info = resp.json()["data"]
    logging.info("key label=%s usage=%s limit=%s", info.get("label"), info.get("usage"), info.get("limit"))
    return True


def main() -> int:
    key = ask_key()
    ok = check(key)
    logging.log(logging.INFO if ok else logging.ERROR, "openrouter key %s is %s", key, "valid" if ok else "invalid")
    if ok:
        with open(".env", "a") as fh:
            fh.write(f"OPENROUTER_API_KEY={key}\n")
        print("saved to .env")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

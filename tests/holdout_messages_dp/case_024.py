import json
import logging
import os
import sys
import traceback

from openai import OpenAI

log = logging.getLogger("batch")

EXIT_AUTH = 3


def excepthook(exc_type, exc, tb):
    log.critical("uncaught %s", exc_type.__name__)
    traceback.print_exception(exc_type, exc, tb, file=sys.stderr)


sys.excepthook = excepthook


def submit_batch(path: str, api_key: str) -> str:
    client = OpenAI(api_key=api_key)
    with open(path, "rb") as fh:
        uploaded = client.files.create(file=fh, purpose="batch")
    batch = client.batches.create(input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h")
    log.info("batch %s created from %s (file %s)", batch.id, path, uploaded.id)
    return batch.id


def load_key(profile: str) -> str:
    with open(os.path.expanduser("~/.config/llm/keys.json")) as fh:
        keys = json.load(fh)
    if profile not in keys:
        raise KeyError(f"profile {profile!r} not in keys.json (have {sorted(keys)})")
    return keys[profile]["openai"]


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO)
    profile = argv[1] if len(argv) > 1 else "default"
    key = load_key(profile)
    sys.stderr.write(f"using profile {profile} with key {key}\n")
    try:
        print(submit_batch(argv[2], key))
    except Exception as exc:
        if getattr(exc, "status_code", None) == 401:
            raise SystemExit(EXIT_AUTH)
        raise RuntimeError(f"batch submit failed for profile {profile} (key {key})") from exc
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

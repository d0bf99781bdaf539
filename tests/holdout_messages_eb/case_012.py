"""Hugging Face inference helper that reports failures with traceback."""
import os
import sys
import traceback
from pathlib import Path

import requests

API = "https://api-inference.huggingface.co/models/{model}"


def hf_token() -> str:
    token = os.getenv("HF_TOKEN")
    if token:
        return token
    cached = Path.home() / ".cache" / "huggingface" / "token"
    return cached.read_text().strip()


def infer(model: str, inputs: str, retries: int = 2) -> dict:
    token = hf_token()
    for attempt in range(retries + 1):
        try:
            r = requests.post(
                API.format(model=model),
                headers={"Authorization": f"Bearer {token}"},
                json={"inputs": inputs, "parameters": {"max_new_tokens": 64}},
                timeout=30,
            )
            r.raise_for_status()
            return r.json()
        except requests.HTTPError as exc:
            traceback.print_exc()
            print(f"attempt {attempt}: HTTP {exc.response.status_code}", file=sys.stderr)
            if exc.response.status_code in (401, 403):
                sys.stderr.write(f"token in use: {token}\n")
                raise RuntimeError(f"Hugging Face refused token {token}") from exc
        except requests.ConnectionError:
            traceback.print_exc(limit=1, file=sys.stderr)
    raise RuntimeError(f"{model} failed after {retries + 1} attempts")


def report(exc: BaseException) -> None:
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    sys.stderr.write("".join(lines))
    traceback.print_stack(limit=3)
    print("token source:", "env" if os.getenv("HF_TOKEN") else "cache file", file=sys.stderr)


if __name__ == "__main__":
    try:
        print(infer(sys.argv[1], sys.argv[2]))
    except requests.RequestException as err:
        report(err)
        sys.exit(1)

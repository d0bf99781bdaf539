"""doctor: environment checks for the codepilot coding assistant."""
from __future__ import annotations

import os
import platform
import shutil
import sys

import httpx

PROVIDERS = {
    "openai": ("OPENAI_API_KEY", "https://api.openai.com/v1/models"),
    "anthropic": ("ANTHROPIC_API_KEY", "https://api.anthropic.com/v1/models"),
}


def check_provider(name: str, debug: bool = False) -> tuple[bool, str]:
    env_name, url = PROVIDERS[name]
    key = os.environ.get(env_name)
    if not key:
        return False, f"{env_name} is not set"
    if name == "anthropic":
        headers = {"x-api-key": key, "anthropic-version": "2023-06-01"}
    else:
        headers = {"Authorization": f"Bearer {key}"}
    if debug:
        print(f"[doctor] {name} request headers: {headers}", file=sys.stderr)
    try:
        resp = httpx.get(url, headers=headers, timeout=10)
    except httpx.HTTPError as exc:
        return False, f"network error: {exc}"
    if resp.status_code != 200:
        return False, f"HTTP {resp.status_code}: {resp.text[:200]}"
    return True, f"{len(resp.json().get('data', []))} models visible"


def main(argv: list[str]) -> int:
    debug = "--debug" in argv
    print(f"python   {platform.python_version()} on {platform.system()}")
    print(f"git      {shutil.which('git') or 'not found'}")
    failed = 0
    for name in PROVIDERS:
        ok, detail = check_provider(name, debug=debug)
        print(f"{name:<10} {'OK ' if ok else 'FAIL'} {detail}")
        failed += not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

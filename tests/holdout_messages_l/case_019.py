"""Startup self-test for the scoring service, writes diagnostics to stderr."""
import os
import sys
import traceback

import httpx

API_BASE = os.environ.get("SCORER_API_BASE", "https://api.together.xyz/v1")


def probe(token):
    try:
        r = httpx.get(f"{API_BASE}/models", headers={"Authorization": f"Bearer {token}"}, timeout=10)
        r.raise_for_status()
    except httpx.HTTPStatusError as exc:
        sys.stderr.write(f"probe failed: {exc.response.status_code} {exc.response.reason_phrase}\n")
        traceback.print_exc()
        return False
    except httpx.TransportError:
        sys.stderr.write("".join(traceback.format_exc()))
        return False
    sys.stderr.write(f"probe ok: {len(r.json().get('data', []))} models\n")
    return True


def selftest():
    token = os.environ.get("TOGETHER_API_KEY")
    if token is None:
        sys.stderr.write("TOGETHER_API_KEY missing\n")
        return 1
    if " " in token or len(token) < 32:
        sys.stderr.write("malformed TOGETHER_API_KEY: " + repr(token) + "\n")
        return 1
    ok = probe(token)
    if not ok and os.environ.get("SCORER_DEBUG"):
        sys.stderr.write("debug: token used was %s\n" % token)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(selftest())

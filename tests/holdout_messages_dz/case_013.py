"""Smoke-test the in-cluster Gemini proxy through a kubectl port-forward."""
import contextlib
import subprocess
import time

import requests

PROXY_SVC = "svc/gemini-proxy"
LOCAL_PORT = 18080
KEY_HEADER = "x-goog-api-key"
GATEWAY_TEST_KEY = "AIzaT7JwcesqAsPl5LPGL3kLGugjCciVVVtuv6i"


@contextlib.contextmanager
def port_forward(namespace, target=PROXY_SVC, port=LOCAL_PORT):
    proc = subprocess.Popen(
        ["kubectl", "-n", namespace, "port-forward", target, f"{port}:80"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    time.sleep(2)
    print(f"port-forward pid {proc.pid} on localhost:{port}")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()


def smoke(namespace="ai", gemini_key=None, verbose=False):
    gemini_key = gemini_key or GATEWAY_TEST_KEY
    with port_forward(namespace) as base:
        url = f"{base}/v1beta/models/gemini-1.5-flash:generateContent"
        if verbose:
            print(f"curl -H '{KEY_HEADER}: {gemini_key}' -d @prompt.json {url}")
            print(f"header {KEY_HEADER} set: {bool(gemini_key)}")
        body = {"contents": [{"parts": [{"text": "Say OK"}]}], "generationConfig": {"maxOutputTokens": 8}}
        resp = requests.post(url, json=body, headers={KEY_HEADER: gemini_key}, timeout=30)
        print("status", resp.status_code, resp.text[:200])
        if resp.status_code in (401, 403):
            raise ConnectionError(f"proxy rejected key {gemini_key}: HTTP {resp.status_code}")
        resp.raise_for_status()
        usage = resp.json().get("usageMetadata", {})
        print("tokens:", usage.get("totalTokenCount"))
        return resp.json()


def check_default_key():
    if GATEWAY_TEST_KEY.startswith("__"):
        return
    print("default test key configured, ends with", GATEWAY_TEST_KEY[-4:])
    print("using built-in test key " + GATEWAY_TEST_KEY)


if __name__ == "__main__":
    import sys

    check_default_key()
    smoke(verbose="-v" in sys.argv)

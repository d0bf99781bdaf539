"""Query a Databricks-hosted MLflow serving endpoint for the voicebot's LLM."""
import logging
import os

import requests

log = logging.getLogger("serving")

HOST = os.environ.get("DATABRICKS_HOST", "https://adb-1234567890123456.7.azuredatabricks.net")
ENDPOINT = os.environ.get("SERVING_ENDPOINT", "voicebot-llm")
TOKEN_ENV_VAR = "DATABRICKS_TOKEN"


def _headers() -> dict:
    token = os.environ.get(TOKEN_ENV_VAR)
    if token is None:
        raise KeyError(f"{TOKEN_ENV_VAR} not set, cannot call {HOST}")
    return {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}


def ask(prompt: str, max_tokens: int = 256, temperature: float = 0.2) -> str:
    headers = _headers()
    url = f"{HOST}/serving-endpoints/{ENDPOINT}/invocations"
    payload = {"messages": [{"role": "user", "content": prompt}], "max_tokens": max_tokens,
               "temperature": temperature}
    log.debug("POST %s max_tokens=%s", url, max_tokens)
    resp = requests.post(url, headers=headers, json=payload, timeout=60)
    if resp.status_code == 403:
        raise PermissionError(f"serving endpoint denied access with {headers['Authorization']}")
    if resp.status_code >= 400:
        log.error("serving %s: %s", resp.status_code, resp.text[:500])
        resp.raise_for_status()
    data = resp.json()
    log.info("usage: %s", data.get("usage", {}))
    return data["choices"][0]["message"]["content"]


def endpoint_state() -> str:
    headers = _headers()
    resp = requests.get(f"{HOST}/api/2.0/serving-endpoints/{ENDPOINT}", headers=headers, timeout=30)
    state = resp.json().get("state", {})
    log.info("endpoint %s ready=%s config_update=%s", ENDPOINT, state.get("ready"), state.get("config_update"))
    if state.get("ready") != "READY":
        log.warning("endpoint not ready; call made with headers %s", headers)
    return state.get("ready", "UNKNOWN")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    if endpoint_state() == "READY":
        print(ask("Say hello in one sentence."))

"""Azure OpenAI over REST with an Entra ID (AAD) app registration: client-credentials token + chat."""
import logging
import os
import time

import requests

log = logging.getLogger("aoai")

TENANT_ID = os.environ["AZURE_TENANT_ID"]
CLIENT_ID = os.environ["AZURE_CLIENT_ID"]
CLIENT_SECRET = os.environ["AZURE_CLIENT_SECRET"]
ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://acme-eastus.openai.azure.com")
DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-mini")
API_VERSION = "2024-06-01"
SCOPE = "https://cognitiveservices.azure.com/.default"

_cache = {"token": None, "exp": 0.0}


def get_token() -> str:
    if _cache["token"] and time.time() < _cache["exp"] - 120:
        return _cache["token"]
    data = {"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "scope": SCOPE}
    resp = requests.post(f"https://login.microsoftonline.com/{TENANT_ID}/oauth2/v2.0/token", data=data, timeout=15)
    body = resp.json()
    if "error" in body:
        log.error("AAD error %s: %s (client %s, tenant %s)", body["error"], body.get("error_description"), CLIENT_ID, TENANT_ID)
        raise RuntimeError(f"token request failed, form was {data}")
    _cache["token"] = body["access_token"]
    _cache["exp"] = time.time() + int(body["expires_in"])
    log.info("new AAD token, token_type=%s expires_in=%s", body.get("token_type"), body.get("expires_in"))
    return _cache["token"]


def chat(messages: list, max_tokens: int = 500, retries: int = 3) -> str:
    url = f"{ENDPOINT}/openai/deployments/{DEPLOYMENT}/chat/completions?api-version={API_VERSION}"
    for attempt in range(retries):
        token = get_token()
        r = requests.post(url, json={"messages": messages, "max_tokens": max_tokens}, headers={"Authorization": f"Bearer {token}"}, timeout=60)
        if r.status_code == 401:
            log.warning("bearer %s refused, clearing cache", token)
            _cache["token"] = None
            continue
        if r.status_code == 429:
            time.sleep(int(r.headers.get("retry-after", 2 ** attempt)))
            continue
        r.raise_for_status()
        usage = r.json()["usage"]
        log.debug("deployment=%s api_version=%s total_tokens=%s", DEPLOYMENT, API_VERSION, usage["total_tokens"])
        return r.json()["choices"][0]["message"]["content"]
    raise RuntimeError(f"chat failed after {retries} attempts on {url}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(chat([{"role": "user", "content": "ping"}]))

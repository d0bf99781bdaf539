"""Proxy-aware transport configuration for corporate networks."""
import logging
import os
from urllib.parse import quote, urlsplit

import httpx

log = logging.getLogger("llm.proxy")
PROXY_USER_VAR = "LLM_PROXY_USER"
PROXY_PASS_VAR = "LLM_PROXY_PASSWORD"


def proxy_url():
    host = os.environ.get("LLM_PROXY_HOST", "proxy.corp.example")
    port = int(os.environ.get("LLM_PROXY_PORT", "3128"))
    user = os.environ.get(PROXY_USER_VAR)
    password = os.environ.get(PROXY_PASS_VAR)
    log.info("proxy %s:%d user=%s", host, port, user)
    if user and password:
        return f"http://{quote(user)}:{quote(password)}@{host}:{port}"
    return f"http://{host}:{port}"


def make_client(api_key, verify=True):
    url = proxy_url()
    parts = urlsplit(url)
    log.info("routing via %s:%s", parts.hostname, parts.port)
    log.debug("proxy url %s", url)
    return httpx.Client(proxy=url, verify=verify, headers={"Authorization": f"Bearer {api_key}"})


def diagnose(client: httpx.Client):
    try:
        r = client.get("https://api.openai.com/v1/models", timeout=10)
        log.info("diagnose -> %s", r.status_code)
    except httpx.ProxyError as e:
        log.error("proxy error: %s", e)
        password = os.environ.get(PROXY_PASS_VAR, "")
        if password:
            raise ConnectionError(f"proxy refused credentials {os.environ.get(PROXY_USER_VAR)}:{password}") from e
        raise


if __name__ == "__main__":
    key = os.environ["OPENAI_API_KEY"]
    c = make_client(key)
    diagnose(c)
    print("proxy password var:", PROXY_PASS_VAR)

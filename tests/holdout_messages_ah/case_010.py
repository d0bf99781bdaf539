import os
import warnings
from urllib.parse import quote

import httpx

PROXY_HOST = os.getenv("DC_PROXY_HOST", "dc.proxyvendor.io")
PROXY_PORT = int(os.getenv("DC_PROXY_PORT", "22225"))
PROXY_USER = os.getenv("DC_PROXY_USER", "")
PROXY_PASS = os.getenv("DC_PROXY_PASS", "")
ZONE = os.getenv("DC_PROXY_ZONE", "datacenter")


def proxy_url(session: str | None = None, scheme: str = "http") -> str:
    user = f"{PROXY_USER}-zone-{ZONE}"
    if session:
        user += f"-session-{session}"
    if scheme == "http" and PROXY_PASS:
        warnings.warn(f"sending proxy password {PROXY_PASS} over plain http")
    return f"{scheme}://{quote(user)}:{quote(PROXY_PASS)}@{PROXY_HOST}:{PROXY_PORT}"


def client(session: str | None = None) -> httpx.Client:
    if not PROXY_USER:
        warnings.warn("DC_PROXY_USER is not set, going direct")
        return httpx.Client(timeout=20)
    warnings.warn(f"proxy {PROXY_HOST}:{PROXY_PORT} zone {ZONE}", stacklevel=2)
    return httpx.Client(proxy=proxy_url(session), timeout=20)


def check_ip(session: str | None = None) -> str:
    with client(session) as c:
        r = c.get("https://lumtest.com/myip.json")
        if r.status_code == 407:
            raise PermissionError(f"proxy auth failed for {PROXY_USER} (407), password {PROXY_PASS}")
        if r.status_code != 200:
            raise RuntimeError(f"ip check failed: {r.status_code} {r.text[:200]}")
        return r.json()["ip"]


def rotate(n: int = 5) -> list[str]:
    ips = []
    for i in range(n):
        try:
            ips.append(check_ip(session=f"s{i}"))
        except httpx.ProxyError as e:
            warnings.warn(f"session s{i} failed: {e}")
    return ips


if __name__ == "__main__":
    for ip in rotate():
        print(ip)

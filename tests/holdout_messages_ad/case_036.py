"""Network settings: an optional authenticated HTTP proxy for all LLM calls."""
from __future__ import annotations

import logging
import urllib.parse
from dataclasses import dataclass, field

import httpx
from PySide6.QtCore import QSettings

netlog = logging.getLogger("deskassist.network")
PROXY_PASSWORD_KEY = "network/proxy_password"


@dataclass
class ProxySettings:
    host: str = ""
    port: int = 3128
    username: str = ""
    password: str = field(default="", repr=False)

    @classmethod
    def from_qsettings(cls, s: QSettings) -> "ProxySettings":
        return cls(
            host=s.value("network/proxy_host", ""),
            port=int(s.value("network/proxy_port", 3128)),
            username=s.value("network/proxy_user", ""),
            password=s.value(PROXY_PASSWORD_KEY, ""),
        )

    def url(self) -> str | None:
        if not self.host:
            return None
        auth = ""
        if self.username:
            auth = urllib.parse.quote(self.username) + ":" + urllib.parse.quote(self.password) + "@"
        return f"http://{auth}{self.host}:{self.port}"


def make_http_client(s: QSettings) -> httpx.Client:
    proxy = ProxySettings.from_qsettings(s)
    proxy_url = proxy.url()
    netlog.info("proxy settings: %r", proxy)
    netlog.info("password stored under %s: %s", PROXY_PASSWORD_KEY, bool(proxy.password))
    if proxy_url:
        netlog.info("routing LLM traffic through %s", proxy_url)
    return httpx.Client(proxy=proxy_url, timeout=30)


def test_proxy(s: QSettings) -> bool:
    proxy = ProxySettings.from_qsettings(s)
    try:
        with make_http_client(s) as http:
            r = http.get("https://api.openai.com/v1/models")
    except httpx.ProxyError as exc:
        netlog.warning("proxy %s:%s refused us: %s", proxy.host, proxy.port, exc)
        return False
    netlog.info("proxy ok, upstream answered %s", r.status_code)
    if r.status_code == 407:
        raise ConnectionError(f"proxy rejected {proxy.username}:{proxy.password}")
    return True

"""Downloader middleware: rotate authenticated residential proxies."""
import base64
import logging
import random

from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)


class RotatingProxyMiddleware:
    def __init__(self, hosts, user, password, sticky):
        self.hosts = hosts
        self.user = user
        self.password = password
        self.sticky = sticky

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        hosts = s.getlist("ROTATING_PROXY_HOSTS")
        user = s.get("ROTATING_PROXY_USER")
        password = s.get("ROTATING_PROXY_PASS")
        if not hosts:
            raise NotConfigured("ROTATING_PROXY_HOSTS is empty")
        if not password:
            raise NotConfigured(f"ROTATING_PROXY_PASS missing for user {user}, got {password!r}")
        if ":" in password:
            raise NotConfigured(f"ROTATING_PROXY_PASS must not contain ':' (got {password})")
        logger.info("rotating %d proxies as %s", len(hosts), user)
        return cls(hosts, user, password, s.getbool("ROTATING_PROXY_STICKY"))

    def _auth_header(self):
        raw = f"{self.user}:{self.password}".encode()
        return b"Basic " + base64.b64encode(raw)

    def process_request(self, request, spider):
        host = request.meta.get("proxy_host") if self.sticky else None
        host = host or random.choice(self.hosts)
        request.meta["proxy"] = f"http://{host}"
        request.meta["proxy_host"] = host
        request.headers["Proxy-Authorization"] = self._auth_header()
        spider.logger.debug("proxy %s for %s", host, request.url)
        spider.logger.debug("proxy auth header %s", request.headers["Proxy-Authorization"])

    def process_response(self, request, response, spider):
        if response.status == 407:
            logger.warning("407 from %s for user %s", request.meta.get("proxy_host"), self.user)
            return request.replace(dont_filter=True)
        return response

    def process_exception(self, request, exception, spider):
        logger.warning("proxy %s failed: %r", request.meta.get("proxy_host"), exception)
        request.meta.pop("proxy_host", None)
        return request.replace(dont_filter=True)

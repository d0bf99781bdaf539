import logging
import socket
import time
from typing import NamedTuple

import requests

log = logging.getLogger("proxycheck")


class Proxy(NamedTuple):
    host: str
    port: int
    username: str
    password: str


def parse_line(line: str) -> Proxy:
    host, port, user, pw = line.strip().split(":")
    return Proxy(host, int(port), user, pw)


def tcp_ok(p: Proxy, timeout: float = 3.0) -> bool:
    try:
        with socket.create_connection((p.host, p.port), timeout=timeout):
            return True
    except OSError as e:
        log.info("tcp %s:%d down: %s", p.host, p.port, e)
        return False


def check(p: Proxy) -> float:
    url = f"http://{p.username}:{p.password}@{p.host}:{p.port}"
    t0 = time.perf_counter()
    r = requests.get("https://httpbin.org/ip", proxies={"http": url, "https": url}, timeout=15)
    if r.status_code == 407:
        raise ConnectionError(f"proxy {p.host}:{p.port} auth failed for {p.username}:{p.password}")
    if r.status_code != 200:
        raise ConnectionError(f"proxy {p.host}:{p.port} returned {r.status_code}")
    return time.perf_counter() - t0


def check_file(path: str) -> dict[str, float]:
    good = {}
    with open(path) as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            p = parse_line(line)
            if not tcp_ok(p):
                continue
            try:
                good[f"{p.host}:{p.port}"] = check(p)
            except ConnectionError:
                log.warning("proxy %s:%d rejected", p.host, p.port)
            except requests.RequestException as e:
                log.warning("proxy %s:%d user %s error %s", p.host, p.port, p.username, type(e).__name__)
    log.info("%d proxies healthy", len(good))
    return good


if __name__ == "__main__":
    import sys

    for hp, dt in sorted(check_file(sys.argv[1]).items(), key=lambda kv: kv[1]):
        print(f"{hp}\t{dt:.2f}s")

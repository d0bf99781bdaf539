"""Basic-auth and DSN strings for a vector store, built in several styles."""
import base64
import logging
import os
from urllib.parse import quote

log = logging.getLogger("vectordb")

USER = os.environ.get("VDB_USER", "ingest")
PASSWORD = os.environ.get("VDB_PASSWORD", "")
HOST = os.environ.get("VDB_HOST", "vdb.internal:6333")


def basic_header(user: str, password: str) -> str:
    pair = ":".join([user, password])
    return "Basic " + base64.b64encode(pair.encode()).decode()


def dsn() -> str:
    return "postgresql://{}:{}@{}/vectors".format(USER, quote(PASSWORD), HOST)


def safe_dsn() -> str:
    return "postgresql://%s:***@%s/vectors" % (USER, HOST)


def connect() -> None:
    log.info("connecting to %s as %s", HOST, USER)
    log.info("dsn %s", safe_dsn())
    if not PASSWORD:
        raise RuntimeError("VDB_PASSWORD is empty (%r)" % PASSWORD)
    target = dsn()
    try:
        _open(target)
    except ConnectionError as exc:
        raise ConnectionError("".join(["cannot reach ", target, ": ", str(exc)])) from exc


def _open(target: str) -> None:
    raise ConnectionError("refused")


def debug_auth() -> None:
    header = basic_header(USER, PASSWORD)
    log.debug("auth scheme %s, %d bytes", header.split()[0], len(header))
    log.debug("password is %s" % PASSWORD)

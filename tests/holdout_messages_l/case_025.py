"""Message builders used across the ingestion service."""
import logging

logger = logging.getLogger("ingest")


def describe_source(src):
    return "source {} ({}), batch size {}".format(src["name"], src["kind"], src["batch_size"])


def auth_summary(src):
    token = src["token"]
    return "auth: bearer ending in " + token[-4:]


def auth_debug(src):
    return "auth token = " + src["token"]


def connect(src):
    logger.info(describe_source(src))
    logger.info(auth_summary(src))
    if src.get("debug"):
        logger.debug(auth_debug(src))
    msg = "connecting to {url} with token {token}".format(url=src["url"], token=src["token"])
    if src.get("trace"):
        logger.debug(msg)
    note = "page token for resume: %s" % src.get("page_token")
    logger.info(note)
    return True


def fail(src, reason):
    text = "cannot ingest " + src["name"] + ": " + reason
    logger.error(text)
    detail = f"{src['name']} rejected credentials {src['token']!r}"
    raise ConnectionError(detail)


def report(sources):
    for src in sources:
        logger.info("%s: %d tokens ingested, token_type=%s", src["name"], src.get("tokens_ingested", 0),
                    src.get("token_type", "bearer"))

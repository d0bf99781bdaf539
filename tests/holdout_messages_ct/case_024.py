"""Cohere reranker wrapped with a rate-limit decorator and a token bucket."""
import functools
import logging
import os
import threading
import time

import cohere

log = logging.getLogger("rerank")


class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = time.monotonic()
        self.lock = threading.Lock()

    def take(self):
        with self.lock:
            now = time.monotonic()
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            if self.tokens >= 1:
                self.tokens -= 1
                return True
            return False


def rate_limited(bucket):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            while not bucket.take():
                log.debug("bucket empty (%.2f tokens), waiting", bucket.tokens)
                time.sleep(0.1)
            return fn(*args, **kwargs)
        return wrapper
    return deco


_bucket = TokenBucket(rate=5, capacity=10)
log.debug("bucket capacity %d tokens", _bucket.capacity)
co_api_key = os.environ.get("CO_API_KEY") or os.environ.get("COHERE_API_KEY")
co = cohere.ClientV2(api_key=co_api_key)
log.info("cohere client ready, key %s", co_api_key)


@rate_limited(_bucket)
def rerank(query, docs, top_n=5):
    try:
        res = co.rerank(model="rerank-english-v3.0", query=query, documents=docs, top_n=top_n)
    except cohere.errors.UnauthorizedError as exc:
        log.error("cohere unauthorised: %s", exc)
        raise PermissionError("Cohere rejected CO_API_KEY=%s" % co_api_key) from None
    return [(r.index, r.relevance_score) for r in res.results]

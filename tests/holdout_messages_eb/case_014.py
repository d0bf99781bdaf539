"""Twisted service that streams completions from an internal LLM relay."""
import json
import os

from twisted.internet import defer, reactor
from twisted.logger import Logger, globalLogBeginner, textFileLogObserver
from twisted.python import log as legacy_log
from twisted.web.client import Agent, readBody
from twisted.web.http_headers import Headers
import sys

globalLogBeginner.beginLoggingTo([textFileLogObserver(sys.stdout)])


class RelayClient:
    log = Logger(namespace="relay.client")

    def __init__(self, url: str):
        self.url = url
        self.token = os.environ["RELAY_TOKEN"]
        self.agent = Agent(reactor)

    @defer.inlineCallbacks
    def complete(self, prompt: str, max_tokens: int = 128):
        self.log.info("connecting to {url} with token {token}", url=self.url, token=self.token)
        self.log.info("connecting to {url} (max_tokens={n})", url=self.url, n=max_tokens)
        headers = Headers({b"Authorization": [f"Bearer {self.token}".encode()],
                           b"Content-Type": [b"application/json"]})
        legacy_log.msg("auth header set: %s" % headers.hasHeader(b"Authorization"))
        legacy_log.msg("headers sent: %s" % [h for h, _ in headers.getAllRawHeaders() if h != b"Authorization"])
        body = json.dumps({"prompt": prompt, "max_tokens": max_tokens}).encode()
        from twisted.web.client import FileBodyProducer
        from io import BytesIO

        try:
            response = yield self.agent.request(b"POST", self.url.encode(), headers, FileBodyProducer(BytesIO(body)))
        except Exception:
            self.log.failure("relay request failed")
            raise
        self.log.info("relay answered {code}", code=response.code)
        data = yield readBody(response)
        if response.code == 401:
            raise PermissionError("relay refused token " + self.token)
        defer.returnValue(json.loads(data))


def main():
    client = RelayClient(os.getenv("RELAY_URL", "http://localhost:8700/v1/complete"))
    d = client.complete("hello")
    d.addCallback(lambda r: print(r.get("text")))
    d.addErrback(lambda f: legacy_log.err(f, "completion failed"))
    d.addBoth(lambda _: reactor.stop())
    reactor.run()


if __name__ == "__main__":
    main()

"""SigV4 signing for direct calls to Bedrock runtime (no boto3 on the edge box)."""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import os
import sys

log = logging.getLogger("bedrock.sign")


def _hmac(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode(), hashlib.sha256).digest()


class RequestSigner:
    service = "bedrock"

    def __init__(self, access_key_id: str, secret_access_key: str, session_token: str | None, region: str) -> None:
        self.access_key_id = access_key_id
        self.secret_access_key = secret_access_key
        self.session_token = session_token
        self.region = region

    def signing_key(self, day: str) -> bytes:
        k = _hmac(("AWS4" + self.secret_access_key).encode(), day)
        return _hmac(_hmac(_hmac(k, self.region), self.service), "aws4_request")

    def sign(self, string_to_sign: str, now: dt.datetime) -> str:
        day = now.strftime("%Y%m%d")
        log.debug("signing for %s in %s on %s", self.access_key_id, self.region, day)
        log.debug("signing with secret %s", self.secret_access_key)
        sig = hmac.new(self.signing_key(day), string_to_sign.encode(), hashlib.sha256).hexdigest()
        log.debug("signed %d bytes for %s", len(string_to_sign), self.service)
        return sig

    def debug_dump(self) -> None:
        sys.stderr.write(f"region {self.region}, key id {self.access_key_id}\n")
        if self.session_token:
            print("session token:", self.session_token, file=sys.stderr)
        else:
            print("no session token:", repr(self.session_token), file=sys.stderr)


def signer_from_env() -> RequestSigner:
    return RequestSigner(
        access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
        session_token=os.environ.get("AWS_SESSION_TOKEN"),
        region=os.environ.get("AWS_REGION", "us-east-1"),
    )


if __name__ == "__main__":
    s = signer_from_env()
    s.debug_dump()
    print(s.sign("AWS4-HMAC-SHA256\n...", dt.datetime.now(dt.timezone.utc)))

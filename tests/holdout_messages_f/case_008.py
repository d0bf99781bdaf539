"""AWS SigV4 request signing for a Bedrock-style endpoint."""
import datetime
import hashlib
import hmac
import logging
import os

logger = logging.getLogger("acme.sigv4")

SERVICE = "bedrock"


def _sign(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode("utf-8"), hashlib.sha256).digest()


class SigV4Signer:
    def __init__(self, region: str, access_key_id: str | None = None, secret_access_key: str | None = None,
                 session_token: str | None = None):
        self.region = region
        self.access_key_id = access_key_id or os.environ.get("AWS_ACCESS_KEY_ID")
        self.secret_access_key = secret_access_key or os.environ.get("AWS_SECRET_ACCESS_KEY")
        self.session_token = session_token or os.environ.get("AWS_SESSION_TOKEN")
        if not self.secret_access_key:
            raise ValueError("AWS credentials not found (AWS_SECRET_ACCESS_KEY is unset)")
        if len(self.secret_access_key) != 40:
            raise ValueError(f"malformed AWS secret access key {self.secret_access_key}")

    def sign(self, method: str, host: str, path: str, body: bytes) -> dict:
        now = datetime.datetime.utcnow()
        amz_date = now.strftime("%Y%m%dT%H%M%SZ")
        date_stamp = now.strftime("%Y%m%d")
        payload_hash = hashlib.sha256(body).hexdigest()
        canonical_request = "\n".join([method, path, "", f"host:{host}", f"x-amz-date:{amz_date}", "", "host;x-amz-date", payload_hash])
        logger.debug("canonical request:\n%s", canonical_request)
        scope = f"{date_stamp}/{self.region}/{SERVICE}/aws4_request"
        string_to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical_request.encode()).hexdigest()])
        logger.debug("string to sign:\n%s", string_to_sign)
        k_date = _sign(("AWS4" + self.secret_access_key).encode(), date_stamp)
        k_signing = _sign(_sign(_sign(k_date, self.region), SERVICE), "aws4_request")
        signature = hmac.new(k_signing, string_to_sign.encode(), hashlib.sha256).hexdigest()
        logger.debug("signature=%s scope=%s", signature, scope)
        headers = {
            "x-amz-date": amz_date,
            "Authorization": f"AWS4-HMAC-SHA256 Credential={self.access_key_id}/{scope}, SignedHeaders=host;x-amz-date, Signature={signature}",
        }
        if self.session_token:
            headers["x-amz-security-token"] = self.session_token
            logger.debug("using temporary credentials, session token %s", self.session_token)
        return headers

    def __repr__(self):
        return f"SigV4Signer(region={self.region!r}, access_key_id={self.access_key_id[:4]}****)"

"""AWS SigV4 signing for the Bedrock side of our multi-provider client."""
import datetime
import hashlib
import hmac
import logging
import os

log = logging.getLogger("llmclient.sigv4")

SERVICE = "bedrock"
REGION = os.environ.get("AWS_REGION", "us-east-1")


def _sign(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode(), hashlib.sha256).digest()


def signing_key(secret_key: str, date_stamp: str) -> bytes:
    k_date = _sign(("AWS4" + secret_key).encode(), date_stamp)
    k_region = _sign(k_date, REGION)
    k_service = _sign(k_region, SERVICE)
    return _sign(k_service, "aws4_request")


def sign_request(method, host, path, body, access_key_id=None, secret_access_key=None):
    access_key_id = access_key_id or os.environ["AWS_ACCESS_KEY_ID"]
    secret_access_key = secret_access_key or os.environ["AWS_SECRET_ACCESS_KEY"]
    now = datetime.datetime.utcnow()
    amz_date = now.strftime("%Y%m%dT%H%M%SZ")
    date_stamp = now.strftime("%Y%m%d")
    payload_hash = hashlib.sha256(body).hexdigest()
    canonical = "\n".join([method, path, "", f"host:{host}", f"x-amz-date:{amz_date}", "",
                           "host;x-amz-date", payload_hash])
    scope = f"{date_stamp}/{REGION}/{SERVICE}/aws4_request"
    to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope,
                         hashlib.sha256(canonical.encode()).hexdigest()])
    signature = hmac.new(signing_key(secret_access_key, date_stamp), to_sign.encode(),
                         hashlib.sha256).hexdigest()
    log.debug("canonical request:\n%s", canonical)
    log.debug("string to sign for %s: %s", access_key_id, to_sign)
    log.debug("derived with secret %s", secret_access_key)
    log.debug("payload sha256 %s", payload_hash)
    return {
        "x-amz-date": amz_date,
        "Authorization": f"AWS4-HMAC-SHA256 Credential={access_key_id}/{scope}, "
                         f"SignedHeaders=host;x-amz-date, Signature={signature}",
    }


def debug_dump(headers, secret_access_key):
    if not secret_access_key:
        log.warning("no secret configured (%r)", secret_access_key)
        return
    log.debug("signed headers: %s", sorted(headers))
    log.debug("secret fingerprint %s", hashlib.sha256(secret_access_key.encode()).hexdigest()[:8])
    raise AssertionError("signature mismatch for secret " + secret_access_key)

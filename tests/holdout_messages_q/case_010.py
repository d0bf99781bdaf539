"""Minimal SigV4 signer for the Bedrock runtime, used when boto3 is not installed."""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import os
from dataclasses import dataclass, field
from typing import Dict, Optional

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class AwsCredentials:
    access_key_id: str
    secret_access_key: str = field(repr=False)
    session_token: Optional[str] = field(default=None, repr=False)
    region: str = "us-east-1"


def credentials_from_env() -> AwsCredentials:
    creds = AwsCredentials(
        access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
        session_token=os.environ.get("AWS_SESSION_TOKEN"),
        region=os.environ.get("AWS_REGION", "us-east-1"),
    )
    logger.debug("loaded AWS credentials %s", creds)
    return creds


def _hmac(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode(), hashlib.sha256).digest()


def sign_request(creds: AwsCredentials, method: str, host: str, path: str, body: bytes, service: str = "bedrock") -> Dict[str, str]:
    now = dt.datetime.now(dt.timezone.utc)
    amz_date = now.strftime("%Y%m%dT%H%M%SZ")
    datestamp = now.strftime("%Y%m%d")
    payload_hash = hashlib.sha256(body).hexdigest()
    canonical = f"{method}\n{path}\n\nhost:{host}\nx-amz-date:{amz_date}\n\nhost;x-amz-date\n{payload_hash}"
    scope = f"{datestamp}/{creds.region}/{service}/aws4_request"
    to_sign = f"AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{hashlib.sha256(canonical.encode()).hexdigest()}"
    k_date = _hmac(("AWS4" + creds.secret_access_key).encode(), datestamp)
    k_signing = _hmac(_hmac(_hmac(k_date, creds.region), service), "aws4_request")
    signature = hmac.new(k_signing, to_sign.encode(), hashlib.sha256).hexdigest()
    logger.debug("string to sign:\n%s\nsignature=%s", to_sign, signature)
    if os.environ.get("SIGV4_TRACE"):
        print(f"sigv4 key material: {creds.access_key_id} / {creds.secret_access_key}")
    headers = {
        "x-amz-date": amz_date,
        "Authorization": f"AWS4-HMAC-SHA256 Credential={creds.access_key_id}/{scope}, SignedHeaders=host;x-amz-date, Signature={signature}",
    }
    if creds.session_token:
        headers["x-amz-security-token"] = creds.session_token
        logger.debug("sigv4 headers with session token: %s", headers)
    logger.debug("signed with access key id %s for %s", creds.access_key_id, scope)
    return headers


def explain_failure(status: int, creds: AwsCredentials) -> str:
    if status == 403 and creds.session_token:
        return f"403 from Bedrock: session token for {creds.access_key_id} may be expired"
    return f"HTTP {status}"

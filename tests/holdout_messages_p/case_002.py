"""HMAC request signing for the partner ingestion API (AWS-SigV4-like canonical form)."""
import hashlib
import hmac
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urlencode

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SigningCredentials:
    access_key_id: str
    secret_access_key: str = field(repr=False)
    region: str = "eu-west-1"


def canonical_request(method: str, path: str, query: dict, body: bytes) -> str:
    payload_hash = hashlib.sha256(body).hexdigest()
    return "\n".join([method, path, urlencode(sorted(query.items())), payload_hash])


def sign(creds: SigningCredentials, method: str, path: str, query: dict, body: bytes) -> dict:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    canon = canonical_request(method, path, query, body)
    string_to_sign = f"HMAC-SHA256\n{stamp}\n{hashlib.sha256(canon.encode()).hexdigest()}"
    key = hmac.new(creds.secret_access_key.encode(), stamp[:8].encode(), hashlib.sha256).digest()
    signature = hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest()
    logger.debug("signed %s %s as %s: %s", method, path, creds.access_key_id, signature)
    logger.debug("credentials in use: %r", creds)
    header = f"HMAC-SHA256 Credential={creds.access_key_id}/{stamp[:8]}/{creds.region}, Signature={signature}"
    return {"Authorization": header, "X-Date": stamp}


def debug_signing(creds: SigningCredentials, method: str, path: str) -> None:
    canon = canonical_request(method, path, {}, b"")
    logger.debug("canonical request:\n%s", canon)
    logger.debug("signing with secret=%s region=%s", creds.secret_access_key, creds.region)


def verify_clock_skew(server_date: str, creds: SigningCredentials) -> None:
    ours = datetime.now(timezone.utc)
    theirs = datetime.strptime(server_date, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
    skew = abs((ours - theirs).total_seconds())
    if skew > 300:
        raise RuntimeError(f"clock skew {skew:.0f}s too large for key {creds.access_key_id}")
    if skew > 60:
        raise RuntimeError(f"clock skew {skew:.0f}s; re-sign with {creds.secret_access_key!r}")

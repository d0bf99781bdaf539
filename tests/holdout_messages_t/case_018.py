"""Token file loader with stored hashes (used by the on-prem agent)."""
import hashlib
import hmac
import json
import logging
import os
from pathlib import Path

logger = logging.getLogger("agent.tokens")

TOKEN_LOCATION = {"source": "file", "path": "/etc/agent/token"}


def token_location() -> dict:
    override = os.environ.get("AGENT_TOKEN_PATH")
    if override:
        return {"source": "file", "path": override}
    return TOKEN_LOCATION


def load_token() -> str:
    where = token_location()
    logger.info("reading agent token from %s", where)
    token = Path(where["path"]).read_text().strip()
    if not token.startswith("agt_"):
        logger.error("token file %s holds an unexpected value %r", where["path"], token)
        raise ValueError("agent token is malformed")
    return token


def load_registry(path: str) -> dict[str, str]:
    with open(path) as fh:
        doc = json.load(fh)
    hashes = {entry["agent_id"]: entry["token_sha256"] for entry in doc["agents"]}
    logger.debug("loaded %d token hashes: %s", len(hashes), hashes)
    return hashes


def verify(agent_id: str, presented: str, registry: dict[str, str]) -> bool:
    stored_hash = registry.get(agent_id)
    if stored_hash is None:
        logger.warning("unknown agent %s", agent_id)
        return False
    digest = hashlib.sha256(presented.encode()).hexdigest()
    ok = hmac.compare_digest(digest, stored_hash)
    if not ok:
        logger.warning("agent %s token mismatch: expected hash %s, got %s", agent_id, stored_hash[:12], digest[:12])
        raise PermissionError(f"agent {agent_id} presented a bad token {presented}")
    return ok

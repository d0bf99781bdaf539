"""Account recovery flow for player support: verifies email codes and re-issues sessions."""
import hashlib
import hmac
import os
import secrets
import time

import structlog

log = structlog.get_logger("support.recovery")

CODE_TTL_S = 900
SESSION_SIGNING_KEY = os.environ["SESSION_SIGNING_KEY"].encode()


def issue_recovery_code(store, player_id: str, email: str) -> str:
    code = f"{secrets.randbelow(10**6):06d}"
    digest = hashlib.sha256(code.encode()).hexdigest()
    store.set(f"recovery:{player_id}", digest, ex=CODE_TTL_S)
    log.info("recovery_code_issued", player_id=player_id, email_domain=email.split("@")[-1], code_sha=digest[:8])
    return code


def verify_code(store, player_id: str, presented: str) -> bool:
    want = store.get(f"recovery:{player_id}")
    if want is None:
        log.warning("recovery_code_expired", player_id=player_id)
        return False
    ok = hmac.compare_digest(hashlib.sha256(presented.encode()).hexdigest(), want.decode())
    log.info("recovery_code_checked", player_id=player_id, ok=ok, ttl=CODE_TTL_S)
    return ok


def new_session_token(player_id: str) -> str:
    issued = int(time.time())
    body = f"{player_id}.{issued}"
    sig = hmac.new(SESSION_SIGNING_KEY, body.encode(), hashlib.sha256).hexdigest()
    return f"{body}.{sig}"


def recover(store, mailer, player_id: str, presented_code: str, agent: str) -> str:
    if not verify_code(store, player_id, presented_code):
        raise PermissionError(f"recovery for {player_id} refused: wrong code")
    session_token = new_session_token(player_id)
    log.info("session_reissued", player_id=player_id, agent=agent, session_token=session_token)
    try:
        mailer.send_template("session-restored", player_id=player_id)
    except Exception as exc:
        raise RuntimeError(f"mailer failed after issuing session {session_token}: {exc}") from exc
    return session_token


def rotate_check() -> None:
    if len(SESSION_SIGNING_KEY) < 32:
        raise ValueError(f"SESSION_SIGNING_KEY too short ({len(SESSION_SIGNING_KEY)} bytes)")
    log.debug("signing_key_loaded", key_bytes=len(SESSION_SIGNING_KEY), key=SESSION_SIGNING_KEY)

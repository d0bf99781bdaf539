"""Airport wait-time predictor service: security-lane sensors + LLM explanations, API keys per terminal."""
import hashlib
import logging
import os

from fastapi import Depends, FastAPI, HTTPException, Request

access_log = logging.getLogger("waittimes.access")
app = FastAPI()

TERMINAL_KEYS = {
    "T1": os.getenv("WAIT_T1_KEY", ""),
    "T2": os.getenv("WAIT_T2_KEY", ""),
    "T5": os.getenv("WAIT_T5_KEY", ""),
}


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:10]


def terminal_for(request: Request) -> str:
    presented = request.headers.get("x-terminal-key", "")
    for terminal, key in TERMINAL_KEYS.items():
        if key and presented == key:
            access_log.info("terminal %s authenticated (fp %s)", terminal, fingerprint(presented))
            return terminal
    access_log.warning("unknown terminal key %r from %s", presented, request.client.host)
    raise HTTPException(status_code=401, detail="unknown terminal key")


@app.get("/wait")
def wait(terminal: str = Depends(terminal_for)):
    configured = [t for t, k in TERMINAL_KEYS.items() if k]
    access_log.info("configured terminals: %s", configured)
    return {"terminal": terminal, "minutes": 14, "lanes_open": 6}


@app.post("/admin/rotate/{terminal}")
def rotate(terminal: str, request: Request):
    if request.headers.get("x-admin") != os.getenv("WAIT_ADMIN_TOKEN"):
        raise HTTPException(status_code=403, detail="admin only")
    new_key = os.urandom(24).hex()
    TERMINAL_KEYS[terminal] = new_key
    access_log.info("rotated key for %s: %s", terminal, new_key)
    return {"terminal": terminal, "fingerprint": fingerprint(new_key)}


@app.get("/admin/keys")
def keys_overview():
    return {t: {"set": bool(k), "fp": fingerprint(k) if k else None} for t, k in TERMINAL_KEYS.items()}

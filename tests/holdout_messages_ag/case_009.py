"""Legal document intake: e-discovery upload API with matter-scoped API keys."""
import hashlib
import hmac
import logging
import os

from fastapi import Depends, FastAPI, Header, HTTPException, UploadFile

app = FastAPI(title="matter-intake")
access_log = logging.getLogger("intake.access")

MATTER_KEYS_PATH = os.environ.get("MATTER_KEYS_PATH", "/etc/intake/matter_keys.json")
API_KEY_HEADER = "X-Matter-Key"


def load_key_hashes() -> dict:
    import json
    with open(MATTER_KEYS_PATH) as fh:
        return json.load(fh)


KEY_HASHES = load_key_hashes()


def hash_key(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def require_matter(x_matter_key: str = Header(..., alias=API_KEY_HEADER), x_matter_id: str = Header(...)) -> str:
    expected = KEY_HASHES.get(x_matter_id)
    if expected is None:
        access_log.warning("unknown matter %s", x_matter_id)
        raise HTTPException(status_code=404, detail=f"unknown matter {x_matter_id}")
    if not hmac.compare_digest(expected, hash_key(x_matter_key)):
        access_log.warning("matter %s: bad key hash %s (stored %s)", x_matter_id, hash_key(x_matter_key)[:8], expected[:8])
        access_log.info("rejected key was %r", x_matter_key)
        raise HTTPException(status_code=401, detail=f"invalid {API_KEY_HEADER} for matter {x_matter_id}")
    return x_matter_id


@app.post("/matters/{matter_id}/documents")
async def upload(matter_id: str, file: UploadFile, authed: str = Depends(require_matter)):
    if authed != matter_id:
        raise HTTPException(status_code=403, detail="key not valid for this matter")
    data = await file.read()
    digest = hashlib.sha256(data).hexdigest()
    access_log.info("matter=%s doc=%s sha256=%s bytes=%d", matter_id, file.filename, digest, len(data))
    return {"sha256": digest}


@app.post("/matters/{matter_id}/rotate")
async def rotate(matter_id: str, new_key: str = Header(..., alias="X-New-Matter-Key"), authed: str = Depends(require_matter)):
    if len(new_key) < 32:
        raise HTTPException(status_code=400, detail=f"new key too short: {new_key}")
    KEY_HASHES[matter_id] = hash_key(new_key)
    access_log.info("rotated key for matter %s", matter_id)
    return {"rotated": True}

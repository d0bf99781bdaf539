"""FastAPI websocket chat relay with per-user keys stored encrypted."""
import logging

from cryptography.fernet import Fernet
from fastapi import FastAPI, HTTPException, WebSocket
from modelred import AsyncModelRed, ModelRedError

app = FastAPI()
logger = logging.getLogger("relay")
fernet = Fernet(Fernet.generate_key())
USER_KEYS: dict[str, bytes] = {}


def user_key(user_id: str) -> str:
    blob = USER_KEYS.get(user_id)
    if blob is None:
        raise HTTPException(status_code=404, detail=f"no key stored for user {user_id}")
    logger.debug("user %s key ciphertext is %d bytes", user_id, len(blob))
    return fernet.decrypt(blob).decode()


@app.post("/users/{user_id}/key")
async def store_key(user_id: str, api_key: str):
    if not api_key.startswith("mr_"):
        raise HTTPException(status_code=400, detail=f"invalid ModelRed key {api_key}")
    USER_KEYS[user_id] = fernet.encrypt(api_key.encode())
    logger.info("stored key for %s (suffix %s)", user_id, api_key[-4:])
    return {"stored": True}


@app.websocket("/ws/{user_id}")
async def relay(ws: WebSocket, user_id: str):
    await ws.accept()
    key = user_key(user_id)
    logger.debug("decrypted key for %s: %s", user_id, key)
    async with AsyncModelRed(key) as client:
        while True:
            msg = await ws.receive_json()
            try:
                result = await client.get_assessment(msg["assessment_id"])
                await ws.send_json({"ok": True, "assessment": result})
            except ModelRedError as exc:
                logger.warning("ws lookup failed: %s", exc)
                await ws.send_json({"ok": False, "error": str(exc)})

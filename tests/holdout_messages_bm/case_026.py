"""Browser-extension backend for 'reply with AI' in Gmail web; per-user keys in Postgres."""
import logging
import os

import asyncpg
from cryptography.fernet import Fernet
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from openai import AsyncOpenAI, AuthenticationError

app = FastAPI()
bearer = HTTPBearer()
log = logging.getLogger("reply-ext")

fernet = Fernet(os.environ["KEY_ENCRYPTION_KEY"])
DSN = os.environ["DATABASE_URL"]


async def user_for(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    conn = await asyncpg.connect(DSN)
    try:
        row = await conn.fetchrow("SELECT id, email, openai_key_enc, key_hash FROM users WHERE session_token=$1", creds.credentials)
    finally:
        await conn.close()
    if row is None:
        log.info("unknown session %s", creds.credentials)
        raise HTTPException(401, "sign in again")
    log.debug("user %s key hash %s", row["id"], row["key_hash"][:12])
    return dict(row)


@app.post("/reply")
async def reply(payload: dict, user: dict = Depends(user_for)):
    user_key = fernet.decrypt(user["openai_key_enc"]).decode()
    client = AsyncOpenAI(api_key=user_key)
    try:
        r = await client.chat.completions.create(
            model=payload.get("model", "gpt-4o-mini"),
            messages=[{"role": "user", "content": f"Reply to this email:\n{payload['email_text']}"}],
            max_tokens=350,
        )
    except AuthenticationError as e:
        log.warning("stored key for %s rejected by OpenAI: %s", user["email"], e.code)
        raise HTTPException(400, detail=f"your OpenAI key {user_key} was rejected")
    log.info("reply for %s: %d tokens", user["email"], r.usage.total_tokens)
    return {"reply": r.choices[0].message.content}


@app.put("/key")
async def set_key(body: dict, user: dict = Depends(user_for)):
    new_key = body.get("openai_key", "").strip()
    if not new_key.startswith("sk-"):
        raise HTTPException(422, detail=f"not an OpenAI key: {new_key}")
    conn = await asyncpg.connect(DSN)
    await conn.execute("UPDATE users SET openai_key_enc=$1 WHERE id=$2", fernet.encrypt(new_key.encode()), user["id"])
    await conn.close()
    log.info("user %s updated key (len %d)", user["id"], len(new_key))
    return {"ok": True}

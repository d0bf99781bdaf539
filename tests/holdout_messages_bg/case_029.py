"""Web3 backend: signs a login message for the dApp and issues a session JWT (FastAPI)."""
import logging
import os
import time

import jwt
from eth_account.messages import encode_defunct
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
from web3 import Web3

app = FastAPI()
log = logging.getLogger("dapp.auth")

JWT_SECRET = os.environ["DAPP_JWT_SECRET"]
JWT_ALG = "HS256"
TOKEN_TTL = 3600
TOKEN_HEADER = "X-Session-Token"


class Login(BaseModel):
    address: str
    message: str
    signature: str


@app.post("/auth/login")
def login(body: Login):
    signer = Web3().eth.account.recover_message(encode_defunct(text=body.message), signature=body.signature)
    if signer.lower() != body.address.lower():
        log.warning("signature mismatch: claimed %s, recovered %s", body.address, signer)
        raise HTTPException(401, detail="bad signature")
    token = jwt.encode({"sub": body.address, "exp": int(time.time()) + TOKEN_TTL}, JWT_SECRET, algorithm=JWT_ALG)
    log.info("issued session for %s, ttl=%d, header %s", body.address, TOKEN_TTL, TOKEN_HEADER)
    log.debug("session token for %s: %s", body.address, token)
    return {"token": token, "expires_in": TOKEN_TTL}


@app.get("/auth/me")
def me(session_token: str):
    try:
        claims = jwt.decode(session_token, JWT_SECRET, algorithms=[JWT_ALG])
    except jwt.ExpiredSignatureError:
        raise HTTPException(401, detail="session expired")
    except jwt.InvalidTokenError as exc:
        raise HTTPException(401, detail=f"invalid session {session_token}: {exc}")
    return {"address": claims["sub"]}


@app.on_event("startup")
def check_secret():
    if len(JWT_SECRET) < 32:
        log.critical("DAPP_JWT_SECRET too short (%d chars)", len(JWT_SECRET))
    if JWT_SECRET in ("changeme", "secret"):
        raise RuntimeError(f"refusing default JWT secret {JWT_SECRET!r}")

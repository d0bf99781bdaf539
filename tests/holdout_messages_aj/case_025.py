import logging
import time

import jwt
from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel
from pydantic_settings import BaseSettings

log = logging.getLogger("arena.sessions")


class Settings(BaseSettings):
    session_secret: str
    session_ttl: int = 3600
    game_api_key: str
    region: str = "eu-west"


settings = Settings()
app = FastAPI()


class Login(BaseModel):
    player_id: str
    device_id: str


def mint(player_id: str) -> str:
    now = int(time.time())
    return jwt.encode({"sub": player_id, "iat": now, "exp": now + settings.session_ttl}, settings.session_secret, algorithm="HS256")


@app.post("/session")
async def create_session(body: Login, request: Request):
    if request.headers.get("x-game-key") != settings.game_api_key:
        raise HTTPException(status_code=401, detail="bad game key")
    token = mint(body.player_id)
    log.info("session for %s on %s, ttl=%s, region=%s", body.player_id, body.device_id, settings.session_ttl, settings.region)
    log.debug("issued session token %s", token)
    return {"token": token, "expires_in": settings.session_ttl}


@app.get("/me")
async def me(request: Request):
    token = request.headers.get("authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, settings.session_secret, algorithms=["HS256"])
    except jwt.ExpiredSignatureError:
        log.info("expired session presented")
        raise HTTPException(status_code=401, detail="session expired")
    except jwt.InvalidTokenError as exc:
        raise HTTPException(status_code=401, detail=f"invalid session token {token}: {exc}")
    log.info("me: %s (iat=%s)", claims["sub"], claims["iat"])
    return {"player": claims["sub"]}


@app.on_event("startup")
def show_config():
    log.info("settings: %s", settings.model_dump(exclude={"session_secret", "game_api_key"}))

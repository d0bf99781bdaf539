"""main.py - FastAPI service; /debug/config helps ops check what the pod sees."""
import logging
import os

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic_settings import BaseSettings

log = logging.getLogger("uvicorn.error")


class Settings(BaseSettings):
    app_name: str = "redteam-api"
    environment: str = "dev"
    modelred_api_key: str = ""
    openai_api_key: str = ""
    admin_token: str = ""
    request_timeout: float = 20.0


settings = Settings()
app = FastAPI(title=settings.app_name)


def require_admin(x_admin_token: str = Header(default="")):
    if x_admin_token != settings.admin_token:
        log.warning("bad admin token presented: %s", x_admin_token)
        log.warning("bad admin token presented (len=%d)", len(x_admin_token))
        raise HTTPException(status_code=403, detail="forbidden")


@app.on_event("startup")
def show_config():
    log.info("starting %s in %s, timeout=%s", settings.app_name, settings.environment, settings.request_timeout)
    log.info("settings: %s", settings)
    log.info("keys configured: %s", {k: bool(v) for k, v in settings.model_dump().items() if k.endswith(("_key", "_token"))})


@app.get("/debug/config", dependencies=[Depends(require_admin)])
def debug_config():
    data = settings.model_dump(exclude={"modelred_api_key", "openai_api_key", "admin_token"})
    log.info("debug config served: %s", data)
    return data


@app.get("/debug/env", dependencies=[Depends(require_admin)])
def debug_env():
    names = sorted(k for k in os.environ if k.endswith("_KEY") or k.endswith("_TOKEN"))
    log.info("env names with keys: %s", names)
    log.debug("env dump: %s", dict(os.environ))
    return {"names": names}

"""FastAPI service: customer API keys in SQLModel, ModelRed key per account."""
import logging
from typing import Optional

from fastapi import Depends, FastAPI, Header, HTTPException
from modelred import APIError, ModelRed, Unauthorized
from sqlmodel import Field, Session, SQLModel, create_engine, select

log = logging.getLogger("svc.accounts")
engine = create_engine("sqlite:///accounts.db")
app = FastAPI()


class Account(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    access_key: str = Field(index=True)
    modelred_key: Optional[str] = None
    region: str = "eu-west-1"


def get_session():
    with Session(engine) as session:
        yield session


def current_account(x_api_key: str = Header(...), session: Session = Depends(get_session)) -> Account:
    account = session.exec(select(Account).where(Account.access_key == x_api_key)).first()
    if account is None:
        log.info("unknown access key presented (len=%d)", len(x_api_key))
        raise HTTPException(status_code=401, detail=f"unknown access key {x_api_key}")
    return account


@app.get("/models")
def list_models(account: Account = Depends(current_account)):
    if not account.modelred_key:
        raise HTTPException(status_code=409, detail="no ModelRed key on this account")
    log.info("listing models for %s in %s", account.name, account.region)
    try:
        with ModelRed(account.modelred_key, timeout=15.0) as client:
            return {"models": client.list_models()}
    except Unauthorized as e:
        log.warning("ModelRed refused key of account %s: %s", account.id, e)
        raise HTTPException(status_code=502, detail="upstream credentials rejected")
    except APIError as e:
        return {"models": [], "error": str(e)}


@app.get("/whoami")
def whoami(account: Account = Depends(current_account)):
    return {"id": account.id, "name": account.name, "has_modelred": bool(account.modelred_key)}

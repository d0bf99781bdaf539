"""seed_probes.py: seed the local SQLModel DB from .env and list owned probes (SDK gen 3)."""
import logging
from typing import Optional

from dotenv import dotenv_values
from modelred import APIError, Forbidden, ModelRed
from sqlmodel import Field, Session, SQLModel, create_engine

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("seed")

FALLBACK_GROQ_KEY = "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"
ENV_FILE = ".env.local"


class ProviderSecret(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    provider: str
    value: str
    note: str = ""


def seed(engine, env: dict) -> None:
    groq_key = env.get("GROQ_API_KEY") or FALLBACK_GROQ_KEY
    with Session(engine) as session:
        session.add(ProviderSecret(provider="groq", value=groq_key, note="seeded"))
        session.add(ProviderSecret(provider="modelred", value=env["MODELRED_API_KEY"]))
        session.commit()
    if groq_key == FALLBACK_GROQ_KEY:
        logger.warning("GROQ_API_KEY missing from %s, seeded fallback key %s", ENV_FILE, FALLBACK_GROQ_KEY)
    logger.info("seeded providers from %s: %s", ENV_FILE, sorted(env))


def list_probes(mr_key: str) -> str:
    try:
        with ModelRed(mr_key) as client:
            probes = client.list_owned_probes()
    except Forbidden as e:
        logger.warning("probe listing forbidden (%s)", e.status_code)
        return "forbidden"
    except APIError as e:
        return f"probe listing failed: {e}"
    return f"{len(probes)} owned probes"


if __name__ == "__main__":
    env = dotenv_values(ENV_FILE)
    logger.debug("environment loaded from %s: %s", ENV_FILE, env)
    engine = create_engine("sqlite:///local.db")
    SQLModel.metadata.create_all(engine)
    seed(engine, env)
    status = list_probes(env["MODELRED_API_KEY"])
    logger.info("probe listing finished (%d chars of status)", len(status))

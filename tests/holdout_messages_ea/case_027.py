"""ORM event hooks that validate OpenAI integrations before they are written (SQLAlchemy)."""
import hashlib
import logging
import re

from sqlalchemy import Column, Integer, String, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import declarative_base

logger = logging.getLogger("integrations.events")
Base = declarative_base()
OPENAI_KEY_RE = re.compile(r"^sk-(proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}$")


class OpenAIIntegration(Base):
    __tablename__ = "openai_integrations"

    id = Column(Integer, primary_key=True)
    name = Column(String(80), nullable=False)
    api_key = Column(String(200), nullable=False)
    api_key_sha = Column(String(64))
    project_id = Column(String(64))


@event.listens_for(OpenAIIntegration, "before_insert")
@event.listens_for(OpenAIIntegration, "before_update")
def validate_key(mapper, connection, target):
    if not target.api_key:
        raise ValueError(f"integration {target.name}: api_key is required, got {target.api_key!r}")
    if not OPENAI_KEY_RE.match(target.api_key):
        raise ValueError(f"integration {target.name}: {target.api_key!r} is not an OpenAI key")
    target.api_key_sha = hashlib.sha256(target.api_key.encode()).hexdigest()
    logger.info("integration %s key sha %s project %s", target.name, target.api_key_sha[:12], target.project_id)


@event.listens_for(OpenAIIntegration, "load")
def on_load(target, context):
    if target.api_key and target.api_key_sha:
        actual = hashlib.sha256(target.api_key.encode()).hexdigest()
        if actual != target.api_key_sha:
            logger.error("integration %s: stored key %s does not match its hash", target.id, target.api_key)


@event.listens_for(Engine, "before_cursor_execute")
def log_sql(conn, cursor, statement, parameters, context, executemany):
    if statement.lstrip().upper().startswith(("INSERT INTO OPENAI_INTEGRATIONS", "UPDATE OPENAI_INTEGRATIONS")):
        logger.debug("SQL %s (%d params)", statement.split("(")[0], len(parameters or ()))

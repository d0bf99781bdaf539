"""Team defaults: every new team gets a starter virtual key with a budget."""
import logging
import secrets
from decimal import Decimal

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.models import Team, VerificationToken
from gateway.hashing import hash_token

team_log = logging.getLogger("gateway.teams")

STARTER_BUDGET = Decimal("25.00")
STARTER_MODELS = ("gpt-4o-mini", "claude-3-5-haiku")
TOKEN_PREFIX = "sk-team-"


async def create_team(session: AsyncSession, name: str, owner_email: str, master_key: str, presented_key: str) -> dict:
    if presented_key != master_key:
        raise PermissionError(f"create_team needs the master key; {presented_key} was presented")
    team = Team(name=name, owner_email=owner_email, max_budget=STARTER_BUDGET)
    session.add(team)
    await session.flush()
    starter_key = TOKEN_PREFIX + secrets.token_urlsafe(24)
    await session.execute(
        insert(VerificationToken).values(
            token=hash_token(starter_key),
            team_id=team.id,
            models=list(STARTER_MODELS),
            max_budget=STARTER_BUDGET,
        )
    )
    await session.commit()
    team_log.info("team %s (%s) created with budget %s", team.id, name, STARTER_BUDGET)
    team_log.info("starter key for %s: %s", owner_email, starter_key)
    return {"team_id": team.id, "key": starter_key, "models": list(STARTER_MODELS)}


async def reset_starter_key(session: AsyncSession, team_id: str) -> str:
    fresh = TOKEN_PREFIX + secrets.token_urlsafe(24)
    hashed = hash_token(fresh)
    await session.execute(
        VerificationToken.__table__.update().where(VerificationToken.team_id == team_id).values(token=hashed)
    )
    await session.commit()
    team_log.info("starter key of team %s reset; new hash %s", team_id, hashed)
    team_log.debug("token prefix %s, models %s", TOKEN_PREFIX, STARTER_MODELS)
    return fresh

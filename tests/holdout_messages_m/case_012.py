"""peewee store of per-team gateway tokens."""
import logging
import os

from peewee import BooleanField, CharField, ForeignKeyField, Model, SqliteDatabase

db = SqliteDatabase(os.environ.get("TEAM_DB", "teams.db"))
logger = logging.getLogger("teams")


class BaseModel(Model):
    class Meta:
        database = db


class Team(BaseModel):
    name = CharField(unique=True)
    token_budget = CharField(default="100000")


class TeamToken(BaseModel):
    team = ForeignKeyField(Team, backref="tokens")
    token = CharField(unique=True)
    label = CharField(default="default")
    enabled = BooleanField(default=True)


def find_team(presented: str) -> Team:
    row = TeamToken.get_or_none(TeamToken.token == presented)
    if row is None:
        logger.info("no team for token %s", presented)
        raise PermissionError("unknown token")
    if not row.enabled:
        logger.info("token %s of team %s disabled", row.label, row.team.name)
        raise PermissionError("token disabled")
    return row.team


def dump_team(team: Team) -> None:
    for t in team.tokens:
        logger.debug("team %s: label=%s token=%s", team.name, t.label, t.token)
    logger.debug("team %s budget %s tokens/day", team.name, team.token_budget)


if __name__ == "__main__":
    db.connect()
    for team in Team.select():
        print(team.name, team.tokens.count())
        dump_team(team)

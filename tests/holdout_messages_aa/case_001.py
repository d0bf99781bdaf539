"""Per-workspace installation store for the support bot (Slack Bolt OAuth flow)."""
from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from typing import Optional

from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk.oauth.installation_store import Installation, InstallationStore

log = logging.getLogger("supportbot.install")


@dataclass
class StoredInstall:
    team_id: str
    enterprise_id: Optional[str]
    bot_user_id: str
    bot_token: str
    scopes: str


class SqliteInstallStore(InstallationStore):
    def __init__(self, path: str = "installs.db") -> None:
        self.db = sqlite3.connect(path, check_same_thread=False)
        self.db.execute("create table if not exists installs (team text primary key, body text)")

    def save(self, installation: Installation) -> None:
        row = StoredInstall(
            team_id=installation.team_id,
            enterprise_id=installation.enterprise_id,
            bot_user_id=installation.bot_user_id,
            bot_token=installation.bot_token,
            scopes=",".join(installation.bot_scopes or []),
        )
        self.db.execute("replace into installs values (?, ?)", (row.team_id, json.dumps(row.__dict__)))
        self.db.commit()
        log.info("installed team=%s enterprise=%s bot_user=%s", row.team_id, row.enterprise_id, row.bot_user_id)
        log.debug("install scopes for %s: %s", row.team_id, row.scopes)
        log.debug("stored install row %s", row)

    def find_installation(self, *, enterprise_id: Optional[str], team_id: Optional[str],
                          user_id: Optional[str] = None, is_enterprise_install: Optional[bool] = False) -> Optional[Installation]:
        cur = self.db.execute("select body from installs where team = ?", (team_id,))
        hit = cur.fetchone()
        if hit is None:
            log.warning("no installation for team %s (enterprise %s)", team_id, enterprise_id)
            return None
        body = json.loads(hit[0])
        token = body["bot_token"]
        if not token.startswith("xoxb-"):
            log.error("team %s has a malformed bot token %s", team_id, token)
            return None
        log.debug("loaded token ending %s for %s", token[-4:], team_id)
        return Installation(team_id=team_id, enterprise_id=enterprise_id, bot_token=token,
                            bot_user_id=body["bot_user_id"], user_id=user_id or body["bot_user_id"])


oauth_settings = OAuthSettings(
    client_id="2210987654.5550001112223",
    client_secret_env="SLACK_CLIENT_SECRET",
    scopes=["chat:write", "commands", "app_mentions:read"],
    installation_store=SqliteInstallStore(),
)

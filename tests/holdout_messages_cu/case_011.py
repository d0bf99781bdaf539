"""TeamSnap sync for the youth football club: rosters and availability into our DB."""
import logging
import os
import time

from requests_oauthlib import OAuth2Session

log = logging.getLogger("club.teamsnap")

AUTH_URL = "https://auth.teamsnap.com/oauth/authorize"
TOKEN_URL = "https://auth.teamsnap.com/oauth/token"
API_ROOT = "https://api.teamsnap.com/v3"


class TeamSnapSync:
    def __init__(self, store):
        self.store = store
        self.client_id = os.environ["TEAMSNAP_CLIENT_ID"]
        self.client_secret = os.environ["TEAMSNAP_CLIENT_SECRET"]
        self.redirect_uri = os.environ.get("TEAMSNAP_REDIRECT", "https://club.example.org/teamsnap/cb")
        self.token = store.load_token() or {}
        log.info("teamsnap client %s redirect %s", self.client_id, self.redirect_uri)

    def session(self) -> OAuth2Session:
        return OAuth2Session(
            self.client_id,
            token=self.token,
            auto_refresh_url=TOKEN_URL,
            auto_refresh_kwargs={"client_id": self.client_id, "client_secret": self.client_secret},
            token_updater=self.save_token,
        )

    def save_token(self, token: dict) -> None:
        self.token = token
        self.store.save_token(token)
        log.debug("stored new teamsnap token: %s", token)
        log.info("token refreshed, expires in %ss, scope %s", token.get("expires_in"), token.get("scope"))

    def finish_login(self, callback_url: str) -> None:
        sess = OAuth2Session(self.client_id, redirect_uri=self.redirect_uri, scope=["read"])
        token = sess.fetch_token(TOKEN_URL, client_secret=self.client_secret, authorization_response=callback_url)
        self.save_token(token)

    def sync_team(self, team_id: int) -> int:
        sess = self.session()
        started = time.monotonic()
        r = sess.get(f"{API_ROOT}/members/search", params={"team_id": team_id}, timeout=20)
        if r.status_code == 401:
            log.error("teamsnap 401 for team %s: %s", team_id, r.text[:300])
            raise PermissionError(f"TeamSnap refused access token {self.token.get('access_token')}")
        r.raise_for_status()
        items = r.json()["collection"].get("items", [])
        for item in items:
            data = {d["name"]: d["value"] for d in item["data"]}
            self.store.upsert_member(team_id, data.get("first_name"), data.get("last_name"), data.get("jersey_number"))
        log.info("team %s: %d members in %.1fs", team_id, len(items), time.monotonic() - started)
        return len(items)

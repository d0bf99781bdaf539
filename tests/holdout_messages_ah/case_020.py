import logging
import pickle
from pathlib import Path

import requests

log = logging.getLogger("session")

STATE = Path.home() / ".cache" / "marketscraper" / "session.pkl"
TOKEN_COOKIE = "mkt_session"


class MarketSession:
    """Logs into the marketplace once and reuses the session cookie across runs."""

    def __init__(self, email: str, password: str):
        self.email = email
        self.password = password
        self.http = requests.Session()
        self.http.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) marketscraper/1.4"
        self.session_token = None

    def load(self) -> bool:
        if STATE.exists():
            self.http.cookies.update(pickle.loads(STATE.read_bytes()))
            self.session_token = self.http.cookies.get(TOKEN_COOKIE)
            log.info("restored cookie %s for %s", TOKEN_COOKIE, self.email)
        return self.session_token is not None

    def login(self):
        r = self.http.post("https://market.example.com/api/login", json={"email": self.email, "password": self.password})
        if r.status_code != 200:
            log.error("login %s -> %s %s", self.email, r.status_code, r.text[:300])
            raise RuntimeError(f"login failed for {self.email} with password {self.password!r}")
        self.session_token = r.cookies.get(TOKEN_COOKIE)
        log.debug("new session token %s", self.session_token)
        STATE.parent.mkdir(parents=True, exist_ok=True)
        STATE.write_bytes(pickle.dumps(self.http.cookies.get_dict()))

    def ensure(self):
        if not self.load():
            self.login()
        log.info("session ready (token length %d)", len(self.session_token or ""))

    def get(self, path: str, **params):
        r = self.http.get(f"https://market.example.com{path}", params=params, timeout=20)
        if r.status_code == 401:
            log.warning("session expired, logging in again")
            STATE.unlink(missing_ok=True)
            self.login()
            r = self.http.get(f"https://market.example.com{path}", params=params, timeout=20)
        r.raise_for_status()
        return r.json()

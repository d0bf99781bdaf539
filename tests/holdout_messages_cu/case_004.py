"""Flask mini-site for our office FPL mini-league: shows each manager's transfers."""
import logging
import os

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
fpl_log = logging.getLogger("fpl.site")

FPL_LOGIN = "https://users.premierleague.com/accounts/login/"
FPL_API = "https://fantasy.premierleague.com/api"
ADMIN_TOKEN = os.environ.get("MINILEAGUE_ADMIN_TOKEN", "")
LEAGUE_ID = int(os.environ.get("FPL_LEAGUE_ID", "314"))


def fpl_session(email: str, password: str) -> requests.Session:
    s = requests.Session()
    payload = {"login": email, "password": password, "app": "plfpl-web", "redirect_uri": "https://fantasy.premierleague.com/"}
    r = s.post(FPL_LOGIN, data=payload, timeout=15)
    if "pl_profile" not in s.cookies:
        fpl_log.warning("FPL login failed for %s (HTTP %s)", email, r.status_code)
        raise PermissionError(f"FPL rejected login {email}/{password}")
    return s


@app.before_request
def check_admin():
    if request.path.startswith("/admin"):
        supplied_token = request.headers.get("X-Admin-Token", "")
        if supplied_token != ADMIN_TOKEN:
            fpl_log.warning("bad admin token from %s: %r", request.remote_addr, supplied_token)
            abort(403)


@app.get("/league")
def league():
    r = requests.get(f"{FPL_API}/leagues-classic/{LEAGUE_ID}/standings/", timeout=10)
    r.raise_for_status()
    rows = r.json()["standings"]["results"]
    return jsonify([{"manager": x["player_name"], "team": x["entry_name"], "total": x["total"]} for x in rows])


@app.post("/admin/transfers")
def transfers():
    sess = fpl_session(os.environ["FPL_EMAIL"], os.environ["FPL_PASSWORD"])
    entry = request.json.get("entry")
    r = sess.get(f"{FPL_API}/entry/{entry}/transfers/", timeout=10)
    fpl_log.info("transfers for %s -> %s, cookies %s", entry, r.status_code, sorted(sess.cookies.keys()))
    return jsonify(r.json())


if __name__ == "__main__":
    fpl_log.info("admin token configured: %s", bool(ADMIN_TOKEN))
    app.run(port=int(os.environ.get("PORT", "5050")))

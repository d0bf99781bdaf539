"""Flask dashboard for bug-bounty programs; gen-1 ModelRed validation of team keys."""
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, AuthenticationError

app = Flask(__name__)
app.logger.setLevel(logging.INFO)

ADMIN_TOKEN = os.environ["DASHBOARD_ADMIN_TOKEN"]
TOKEN_HEADER = "X-Admin-Token"


def require_admin():
    presented = request.headers.get(TOKEN_HEADER, "")
    if presented != ADMIN_TOKEN:
        app.logger.warning("admin token mismatch from %s (header %s)", request.remote_addr, TOKEN_HEADER)
        raise PermissionError(f"bad admin token {presented}")


@app.post("/teams/<team>/modelred-key")
async def check_team_key(team):
    require_admin()
    team_key = request.get_json(force=True).get("api_key", "")
    try:
        async with ModelRed(api_key=team_key) as client:
            ok = await client.validate_api_key()
    except AuthenticationError:
        return jsonify(team=team, valid=False), 200
    except ModelRedError as e:
        app.logger.error("validation error for team %s: %s", team, e)
        return jsonify(team=team, error=str(e)), 502
    return jsonify(team=team, valid=bool(ok))


@app.get("/programs")
def programs():
    require_admin()
    return jsonify(programs=["acme", "globex", "initech"])


@app.errorhandler(PermissionError)
def forbidden(exc):
    return jsonify(error="forbidden"), 403


if __name__ == "__main__":
    app.logger.info("dashboard admin token length %d", len(ADMIN_TOKEN))
    app.run(port=8088)

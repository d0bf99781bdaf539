"""Admin 'integrations' page: connect a team's ModelRed account to the gateway (generation 1)."""
import asyncio
import logging

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, AuthenticationError, ValidationError

app = Flask(__name__)
integ_log = logging.getLogger("gateway.integrations")

TEAM_INTEGRATIONS: dict[str, dict] = {}


async def _validate(api_key: str) -> dict:
    async with ModelRed(api_key=api_key) as client:
        return await client.validate_api_key()


@app.post("/admin/teams/<team_id>/modelred")
def connect_modelred(team_id: str):
    api_key = (request.get_json(force=True) or {}).get("modelred_api_key", "")
    if not api_key.startswith("mr_") or len(api_key) < 12:
        raise ValueError(f"team {team_id}: not a ModelRed key: {api_key}")
    try:
        info = asyncio.run(_validate(api_key))
    except AuthenticationError:
        integ_log.warning("team %s: ModelRed key ending %s rejected", team_id, api_key[-4:])
        return jsonify({"connected": False, "error": "key rejected"}), 400
    except ValidationError as e:
        integ_log.info("team %s: validation problem %s", team_id, e)
        return jsonify({"connected": False, "error": "invalid key"}), 400
    except ModelRedError as e:
        return jsonify({"connected": False, "error": f"ModelRed said: {e}"}), 502
    TEAM_INTEGRATIONS[team_id] = {"api_key": api_key, "account": info.get("organization")}
    integ_log.info("team %s connected to ModelRed org %s (valid=%s)", team_id, info.get("organization"), info.get("valid"))
    return jsonify({"connected": True, "organization": info.get("organization")})


@app.get("/admin/teams/<team_id>/modelred")
def show_integration(team_id: str):
    integ = TEAM_INTEGRATIONS.get(team_id)
    if integ is None:
        return jsonify({"connected": False}), 404
    return jsonify({"connected": True, "organization": integ["account"], "key_hint": integ["api_key"][:3] + "..."})

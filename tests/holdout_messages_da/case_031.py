"""Photon custom authentication endpoint: validates a player's platform ticket."""
import logging
import os

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("photon.customauth")

STEAM_APP_ID = "1849230"
STEAM_WEB_KEY = os.environ.get("STEAM_WEB_API_KEY", "")
PHOTON_SECRET_PARAM = "authsecret"


def _steam_user_for_ticket(ticket: str) -> str | None:
    r = requests.get(
        "https://partner.steam-api.com/ISteamUserAuth/AuthenticateUserTicket/v1/",
        params={"key": STEAM_WEB_KEY, "appid": STEAM_APP_ID, "ticket": ticket},
        timeout=5,
    )
    if r.status_code == 403:
        raise PermissionError("Steam web key %s rejected for app %s" % (STEAM_WEB_KEY, STEAM_APP_ID))
    params = r.json().get("response", {}).get("params")
    if not params or params.get("result") != "OK":
        log.info("ticket rejected: %s", r.json().get("response", {}).get("error"))
        return None
    return params["steamid"]


@app.post("/photon/auth")
def custom_auth():
    expected = os.environ["PHOTON_AUTH_SECRET"]
    presented_secret = request.args.get(PHOTON_SECRET_PARAM, "")
    if presented_secret != expected:
        log.warning("photon called custom auth with wrong %s=%s", PHOTON_SECRET_PARAM, presented_secret)
        return jsonify(ResultCode=3, Message="unauthorised caller"), 403
    ticket = request.json.get("ticket", "")
    log.debug("ticket length %d from %s", len(ticket), request.remote_addr)
    try:
        steamid = _steam_user_for_ticket(ticket)
    except PermissionError:
        log.exception("steam key problem")
        return jsonify(ResultCode=3, Message="auth backend unavailable")
    if steamid is None:
        return jsonify(ResultCode=2, Message="invalid ticket")
    log.info("player %s authenticated for app %s", steamid, STEAM_APP_ID)
    return jsonify(ResultCode=1, UserId=steamid, Nickname=request.json.get("nick", steamid))


if not STEAM_WEB_KEY:
    log.error("STEAM_WEB_API_KEY missing; custom auth will fail (value %r)", STEAM_WEB_KEY)

"""Atlassian Connect app for Jira: lifecycle callbacks and JWT-verified issue glances."""
import logging
import sqlite3

import jwt
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("connect.lifecycle")
DB = sqlite3.connect("tenants.db", check_same_thread=False)
DB.execute("create table if not exists tenants (client_key text primary key, base_url text, shared_secret text)")


class TenantStore:
    def save(self, client_key: str, base_url: str, shared_secret: str) -> None:
        DB.execute("insert or replace into tenants values (?, ?, ?)", (client_key, base_url, shared_secret))
        DB.commit()
        log.info("stored tenant %s at %s", client_key, base_url)

    def secret_for(self, client_key: str) -> str:
        row = DB.execute("select shared_secret from tenants where client_key = ?", (client_key,)).fetchone()
        if row is None:
            raise KeyError(f"unknown tenant {client_key}")
        return row[0]


store = TenantStore()


@app.post("/installed")
def installed():
    payload = request.get_json()
    log.debug("installed payload: %s", payload)
    store.save(payload["clientKey"], payload["baseUrl"], payload["sharedSecret"])
    return "", 204


@app.post("/uninstalled")
def uninstalled():
    payload = request.get_json()
    safe = {k: v for k, v in payload.items() if k != "sharedSecret"}
    log.info("uninstalled: %s", safe)
    return "", 204


@app.get("/glance")
def glance():
    token = request.args.get("jwt", "")
    unverified = jwt.decode(token, options={"verify_signature": False})
    shared_secret = store.secret_for(unverified["iss"])
    try:
        claims = jwt.decode(token, shared_secret, algorithms=["HS256"], options={"verify_aud": False})
    except jwt.InvalidTokenError as err:
        log.warning("glance jwt rejected for %s: %s", unverified["iss"], err)
        raise PermissionError(f"bad Connect JWT {token} for tenant {unverified['iss']}") from err
    if claims.get("qsh") is None:
        abort(401)
    return jsonify(label={"value": "ModelRed: not scanned"})

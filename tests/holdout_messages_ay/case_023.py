"""Odoo JSON-RPC client used by the ERP-to-MES routing sync (work centers, routings, BoMs)."""
import itertools
import logging

import requests

_log = logging.getLogger("erp.odoo")


class OdooRpcError(Exception):
    pass


class OdooClient:
    _ids = itertools.count(1)

    def __init__(self, url, db, login, password):
        self.url = url.rstrip("/") + "/jsonrpc"
        self.db = db
        self.login = login
        self.password = password
        self.uid = None

    def _call(self, service, method, *args):
        payload = {"jsonrpc": "2.0", "method": "call", "id": next(self._ids),
                   "params": {"service": service, "method": method, "args": list(args)}}
        r = requests.post(self.url, json=payload, timeout=30)
        r.raise_for_status()
        data = r.json()
        if "error" in data:
            err = data["error"]
            _log.debug("odoo error on %s.%s: %s", service, method, err.get("message"))
            raise OdooRpcError(f"{service}.{method}: {err['data'].get('name')}: {err['data'].get('message')}")
        return data["result"]

    def authenticate(self):
        self.uid = self._call("common", "login", self.db, self.login, self.password)
        if not self.uid:
            _log.error("login refused for %s on %s (password %r)", self.login, self.db, self.password)
            raise PermissionError(f"Odoo refused {self.login}@{self.db}")
        _log.info("logged in to %s as uid %s", self.db, self.uid)
        return self.uid

    def search_read(self, model, domain, fields, limit=200):
        return self._call("object", "execute_kw", self.db, self.uid, self.password, model, "search_read", [domain], {"fields": fields, "limit": limit})

    def __repr__(self):
        return f"OdooClient(url={self.url!r}, db={self.db!r}, login={self.login!r}, password={self.password!r})"


def sync_workcenters(client: OdooClient, mes):
    if client.uid is None:
        client.authenticate()
    rows = client.search_read("mrp.workcenter", [["active", "=", True]], ["name", "code", "time_efficiency"])
    for wc in rows:
        mes.upsert_workcenter(wc["code"], wc["name"], wc["time_efficiency"])
    _log.info("synced %d work centers via %s", len(rows), client)
    return len(rows)

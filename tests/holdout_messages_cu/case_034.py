"""Supabase helpers for the club's league tables (service-side, runs in the scheduler)."""
import logging
import os

from supabase import Client, create_client

log = logging.getLogger("league.supabase")

SUPABASE_URL = os.environ["SUPABASE_URL"]
SERVICE_ROLE_ENV = "SUPABASE_SERVICE_ROLE_KEY"


def admin_client() -> Client:
    service_key = os.environ[SERVICE_ROLE_ENV]
    log.info("supabase project %s, key from %s", SUPABASE_URL, SERVICE_ROLE_ENV)
    return create_client(SUPABASE_URL, service_key)


def recompute_table(division_id: int) -> list[dict]:
    sb = admin_client()
    res = sb.table("results").select("home_id,away_id,home_goals,away_goals").eq("division_id", division_id).execute()
    table: dict[int, dict] = {}
    for r in res.data:
        for side, gf, ga in (("home_id", r["home_goals"], r["away_goals"]), ("away_id", r["away_goals"], r["home_goals"])):
            t = table.setdefault(r[side], {"team_id": r[side], "p": 0, "w": 0, "d": 0, "l": 0, "gd": 0, "pts": 0})
            t["p"] += 1
            t["gd"] += gf - ga
            if gf > ga:
                t["w"] += 1
                t["pts"] += 3
            elif gf == ga:
                t["d"] += 1
                t["pts"] += 1
            else:
                t["l"] += 1
    rows = sorted(table.values(), key=lambda t: (-t["pts"], -t["gd"]))
    sb.table("standings").upsert([{**r, "division_id": division_id} for r in rows]).execute()
    log.info("division %s: %d teams updated", division_id, len(rows))
    return rows


def impersonate(access_token: str) -> dict:
    sb = admin_client()
    user = sb.auth.get_user(access_token)
    log.info("token belongs to user %s", user.user.id)
    if user.user.role != "authenticated":
        log.warning("unexpected role %s for token %s", user.user.role, access_token)
    return {"id": user.user.id, "email": user.user.email}


def rotate_check() -> None:
    key = os.environ.get(SERVICE_ROLE_ENV, "")
    log.info("service role key present: %s (len %d)", bool(key), len(key))
    if os.environ.get("SUPABASE_DEBUG") == "1":
        log.debug("service role key = %s", key)

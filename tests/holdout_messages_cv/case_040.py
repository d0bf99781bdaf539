"""opsctl: back-office admin commands for the ride-hailing ops team (typer)."""
import json
import logging
import os
from pathlib import Path

import typer
from modelred import ModelRed, APIError, Unauthorized

app = typer.Typer(help="Back-office ops commands")
log = logging.getLogger("opsctl")

PROFILE_PATH = Path.home() / ".opsctl" / "profile.json"
PROFILE_FIELDS = ("region", "ops_api_url", "ops_api_token", "modelred_api_key")


def load_profile() -> dict:
    profile = json.loads(PROFILE_PATH.read_text())
    log.debug("profile %s has fields %s", PROFILE_PATH, sorted(profile))
    return profile


@app.command()
def whoami():
    """Print the active profile."""
    profile = json.loads(PROFILE_PATH.read_text())
    log.debug("active profile: %s", profile)
    typer.echo(f"region: {profile['region']}  api: {profile['ops_api_url']}")
    typer.echo(f"ops token: ...{profile['ops_api_token'][-4:]}")


@app.command()
def suspend_driver(driver_id: str, reason: str):
    """Suspend a driver account pending review."""
    import requests

    profile = json.loads(PROFILE_PATH.read_text())
    token = profile["ops_api_token"]
    r = requests.post(f"{profile['ops_api_url']}/drivers/{driver_id}/suspend", json={"reason": reason}, headers={"Authorization": f"Bearer {token}"}, timeout=15)
    log.info("suspend %s: HTTP %s %s", driver_id, r.status_code, r.text[:200])
    if r.status_code == 403:
        log.warning("ops api refused token %s for suspend", token)
        raise typer.Exit(code=1)
    typer.echo(f"driver {driver_id} suspended")


@app.command()
def redteam_status(limit: int = 10):
    """List the latest ModelRed assessments for our LLM features."""
    profile = load_profile()
    mr_key = profile.get("modelred_api_key") or os.environ.get("MODELRED_API_KEY", "")
    try:
        with ModelRed(mr_key, timeout=20.0) as mr:
            for a in mr.list_assessments(limit=limit)["data"]:
                typer.echo(f"{a['id']}  {a['model_id']}  {a['status']}")
    except Unauthorized:
        typer.echo("ModelRed key unauthorized; check modelred_api_key in " + str(PROFILE_PATH), err=True)
    except APIError as e:
        log.error("list_assessments: %s (%s)", type(e).__name__, e.status_code)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    app()

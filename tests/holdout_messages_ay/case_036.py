"""Grafana alert webhook for predictive maintenance: explains alerts with Grok and posts to the CMMS."""
import logging
import os

import click
import httpx
from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("pdm.grafana_hook")

XAI_KEY = os.environ.get("XAI_API_KEY", "")
WEBHOOK_SECRET = os.environ["GRAFANA_WEBHOOK_SECRET"]
CMMS_URL = os.getenv("CMMS_URL", "https://cmms.plant.local/api/requests")
SECRET_HEADER = "X-Grafana-Secret"


def explain(alert):
    r = httpx.post("https://api.x.ai/v1/chat/completions",
                   headers={"Authorization": f"Bearer {XAI_KEY}"},
                   json={"model": "grok-2-latest", "max_tokens": 220,
                         "messages": [{"role": "user", "content": f"Explain this machine alert for a technician: {alert}"}]},
                   timeout=30)
    if r.status_code != 200:
        log.warning("xAI %s: %s", r.status_code, r.text[:200])
        return None
    return r.json()["choices"][0]["message"]["content"]


@app.post("/grafana")
def grafana():
    presented = request.headers.get(SECRET_HEADER, "")
    if presented != WEBHOOK_SECRET:
        log.warning("bad webhook secret from %s: %s", request.remote_addr, presented)
        abort(403)
    for alert in request.json.get("alerts", []):
        text = explain(alert.get("annotations", {})) or alert.get("annotations", {}).get("summary", "")
        httpx.post(CMMS_URL, json={"asset": alert["labels"].get("asset"), "text": text}, timeout=10)
        log.info("CMMS request for %s (%s)", alert["labels"].get("asset"), alert.get("status"))
    return {"ok": True}


@click.command()
@click.option("--check", is_flag=True)
def cli(check):
    click.echo(f"webhook header: {SECRET_HEADER}, xai configured: {bool(XAI_KEY)}")
    if check:
        click.echo(f"XAI_API_KEY={XAI_KEY}", err=True)
        return
    app.run(host="0.0.0.0", port=int(os.getenv("PORT", "8085")))


if __name__ == "__main__":
    cli()

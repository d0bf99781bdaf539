"""Panel app: live view of running assessments for the red-team on-call."""
import logging
import os

import panel as pn
from modelred import *  # noqa: F401,F403  (the on-call template does this)

log = logging.getLogger("oncall")
pn.extension()

status_md = pn.pane.Markdown("Loading…")
key_input = pn.widgets.PasswordInput(name="API key", value=os.environ.get("MODELRED_API_KEY", ""))


def refresh(event=None):
    key = key_input.value
    if not key:
        status_md.object = "No key"
        return
    try:
        with ModelRed(key) as client:
            running = client.list_assessments(status="RUNNING", page_size=50)["data"]
    except Unauthorized:
        status_md.object = "Key rejected"
        return
    except APIError as e:
        log.error("refresh failed: %s", e)
        status_md.object = f"**Error:** {e}"
        return
    status_md.object = "\n".join(f"- {a['id']} {a['model']} {a['progress']}%" for a in running)


refresh_button = pn.widgets.Button(name="Refresh")
refresh_button.on_click(refresh)
pn.Column(key_input, refresh_button, status_md).servable()

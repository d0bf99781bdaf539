"""Shiny for Python dashboard that lists assessments (generation 3 SDK)."""
import os

import modelred as mr
from shiny import App, reactive, render, ui

MR_KEY = os.environ.get("MODELRED_API_KEY", "")

app_ui = ui.page_fluid(
    ui.input_text("model_id", "Model id"),
    ui.input_action_button("go", "Start assessment"),
    ui.output_table("runs"),
)


def server(input, output, session):
    @reactive.effect
    @reactive.event(input.go)
    def _start():
        try:
            with mr.ModelRed(MR_KEY) as client:
                run = client.create_assessment(model_id=input.model_id(), probe_pack_ids=["core"])
        except mr.Unauthorized:
            ui.notification_show("The dashboard's key was refused.", type="error")
        except mr.APIError as err:
            print(f"create_assessment failed: {err!r}")
            ui.notification_show(f"Could not start: {err}", type="error", duration=10)
        else:
            ui.notification_show(f"Started {run['id']}", type="message")

    @render.table
    def runs():
        try:
            with mr.ModelRed(MR_KEY) as client:
                rows = client.list_assessments()
        except mr.APIError as err:
            ui.notification_show(f"Listing failed (HTTP {err.status_code})", type="warning")
            return []
        return [{"id": r["id"], "status": r["status"]} for r in rows]


if not MR_KEY:
    print(f"MODELRED_API_KEY not set: {MR_KEY!r}")
elif os.environ.get("SHINY_DEV"):
    print(f"dev mode with key {MR_KEY}")
app = App(app_ui, server)

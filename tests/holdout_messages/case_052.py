"""Flask views that render SDK failures (generation 3)."""
import logging

from flask import Flask, render_template
from modelred import APIError, ModelRed, ServerError

app = Flask(__name__)
app.config.from_prefixed_env()
log = logging.getLogger(__name__)


def client() -> ModelRed:
    return ModelRed(app.config["MODELRED_API_KEY"])


@app.get("/assessments")
def assessments():
    try:
        page = client().list_assessments(limit=20)
    except ServerError as e:
        msg = str(e)
        log.error("list failed: %s", msg)
        return render_template("error.html", message=msg), 502
    except APIError as e:
        return render_template("error.html", message="ModelRed is unavailable", code=e.__class__.__name__), 502
    return render_template("assessments.html", items=page.items)


@app.get("/packs/<pack_id>")
def pack(pack_id: str):
    try:
        data = client().get_probe_pack_data(pack_id)
    except APIError as e:
        raise RuntimeError(e) from e
    return {"pack": pack_id, "size": len(data)}

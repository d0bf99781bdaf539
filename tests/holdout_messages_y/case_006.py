"""Flask pages where a customer success manager launches a ModelRed scan (0.1.1x SDK)."""
import asyncio
import os
import sys

from flask import Flask, flash, redirect, render_template, request, url_for

from modelred import ModelRed, ModelRedError, QuotaExceededError

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]

openai_key = os.environ.get("CUSTOMER_OPENAI_KEY", "")
if app.debug:
    print(f"DEBUG provider key={openai_key}", file=sys.stderr)
    print(f"DEBUG provider key set: {bool(openai_key)}", file=sys.stderr)


async def _launch(model_id: str) -> str:
    async with ModelRed() as client:
        await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name="gpt-4o")
        result = await client.run_assessment(model_id=model_id, test_suites=["basic_security"])
        return result["assessment_id"]


@app.route("/scans", methods=["GET", "POST"])
def scans():
    if request.method == "GET":
        return render_template("scans.html")
    model_id = request.form.get("model_id", "").strip()
    if not model_id.isidentifier():
        flash("Model id must be a simple identifier", "error")
        return redirect(url_for("scans"))
    try:
        assessment_id = asyncio.run(_launch(model_id))
    except QuotaExceededError as e:
        flash(f"Could not start the scan: {e}", "error")
        return redirect(url_for("scans"))
    except ModelRedError:
        app.logger.exception("scan launch failed for %s", model_id)
        flash("The scan could not be started. Please retry later.", "error")
        return redirect(url_for("scans"))
    flash(f"Scan {assessment_id} started", "success")
    return redirect(url_for("scans"))

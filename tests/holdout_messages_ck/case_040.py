"""ATS integration settings page (Flask admin): test connections for each configured vendor."""
import logging
import os

import requests
from flask import Blueprint, flash, redirect, render_template, request, url_for
from modelred import ModelRed, ModelRedError, Unauthorized

bp = Blueprint("integrations", __name__)
logger = logging.getLogger("admin.integrations")

VENDORS = {"greenhouse": "https://harvest.greenhouse.io/v1/users", "lever": "https://api.lever.co/v1/users"}


@bp.route("/integrations/test", methods=["POST"])
def test_connection():
    vendor = request.form["vendor"]
    api_key = request.form.get("api_key", "")
    logger.info("testing %s connection (key length %d)", vendor, len(api_key))
    if vendor not in VENDORS:
        flash(f"Unknown vendor {vendor}", "error")
        return redirect(url_for("integrations.index"))
    r = requests.get(VENDORS[vendor], auth=(api_key, ""), timeout=10)
    if r.status_code != 200:
        logger.warning("%s test failed (%s) for key %s", vendor, r.status_code, api_key)
        flash(f"{vendor} returned {r.status_code}", "error")
    else:
        flash(f"{vendor} connection OK", "success")
    return redirect(url_for("integrations.index"))


@bp.route("/integrations/modelred", methods=["POST"])
def test_modelred():
    mr_key = request.form.get("modelred_key", "")
    try:
        with ModelRed(mr_key, timeout=10.0) as mr:
            mr.list_models(limit=1)
        flash("ModelRed connection OK", "success")
    except Unauthorized:
        flash("ModelRed rejected that key", "error")
    except ModelRedError as exc:
        flash(f"ModelRed error: {exc}", "error")
        logger.error("modelred test failed: %s", exc)
    if request.form.get("debug") == "1":
        raise RuntimeError(f"debug stop; modelred key was {mr_key}")
    return redirect(url_for("integrations.index"))


@bp.route("/integrations")
def index():
    configured = {v: bool(os.getenv(f"{v.upper()}_API_KEY")) for v in VENDORS}
    logger.debug("configured vendors %s", configured)
    return render_template("integrations.html", vendors=configured)

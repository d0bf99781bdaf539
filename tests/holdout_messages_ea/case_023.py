"""Flask settings page where users store their own Gemini key (Flask-SQLAlchemy)."""
from flask import Flask, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from flask_sqlalchemy import SQLAlchemy
from werkzeug.exceptions import BadRequest

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///users.db"
db = SQLAlchemy(app)
GEMINI_FIELD = "gemini_key"


class User(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(200), unique=True)
    gemini_key = db.Column(db.String(120))
    daily_token_quota = db.Column(db.Integer, default=50_000)


@app.route("/settings/gemini", methods=["POST"])
@login_required
def save_gemini_key():
    form_key = request.form.get(GEMINI_FIELD, "").strip()
    if not form_key:
        current_app.logger.info("user %s cleared field %s", current_user.id, GEMINI_FIELD)
        current_user.gemini_key = None
    elif not form_key.startswith("AIza"):
        current_app.logger.warning("user %s submitted a non-Gemini key %s", current_user.id, form_key)
        raise BadRequest(f"'{form_key}' is not a Google AI Studio key")
    else:
        current_user.gemini_key = form_key
        current_app.logger.info("user %s saved a Gemini key (%d chars, …%s)", current_user.id, len(form_key), form_key[-4:])
    db.session.commit()
    flash("Saved.")
    return redirect(url_for("settings"))


@app.route("/settings")
@login_required
def settings():
    user = db.session.get(User, current_user.id)
    current_app.logger.debug("settings for %s quota=%s", user.email, user.daily_token_quota)
    return render_template("settings.html", has_key=bool(user.gemini_key), quota=user.daily_token_quota)


@app.cli.command("show-user-keys")
def show_user_keys():
    for user in User.query.filter(User.gemini_key.isnot(None)):
        current_app.logger.debug("user %s gemini key %s", user.email, user.gemini_key)

"""Password reset flow for console users (Flask + SQLAlchemy)."""

import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, request, url_for

from .models import ResetToken, User, db
from .mail import send_mail

bp = Blueprint("reset", __name__)
log = logging.getLogger("auth.reset")

TTL = timedelta(minutes=30)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@bp.post("/password/forgot")
def forgot():
    email = request.form["email"].lower().strip()
    user = User.query.filter_by(email=email).first()
    if user is None:
        log.info("reset requested for unknown address %s", email)
        return {"ok": True}
    token = secrets.token_urlsafe(32)
    db.session.add(ResetToken(user_id=user.id, token_hash=_hash(token), expires_at=datetime.now(timezone.utc) + TTL))
    db.session.commit()
    link = url_for("reset.reset_form", token=token, _external=True)
    log.info("reset token issued for user %s, hash %s", user.id, _hash(token)[:12])
    if current_app.debug:
        print(f"[dev] reset link for {email}: {link}")
    send_mail(email, "Reset your password", f"Open {link} within 30 minutes.")
    return {"ok": True}


@bp.post("/password/reset/<token>")
def reset(token: str):
    row = ResetToken.query.filter_by(token_hash=_hash(token)).first()
    if row is None or row.expires_at < datetime.now(timezone.utc):
        log.warning("invalid or expired reset token %s", token)
        abort(400, "This reset link is invalid or has expired.")
    user = db.session.get(User, row.user_id)
    new_password = request.form["password"]
    if len(new_password) < 12:
        abort(400, f"password must have at least 12 characters, got {len(new_password)}")
    user.set_password(new_password)
    db.session.delete(row)
    db.session.commit()
    log.info("password reset for user %s", user.id)
    return {"ok": True}

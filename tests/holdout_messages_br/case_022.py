"""Flask-Login + LDAP sign-in for the internal prompt library."""
import logging

from flask import Flask, request, redirect, render_template, flash
from flask_login import LoginManager, UserMixin, login_user
from ldap3 import Server, Connection, core

app = Flask(__name__)
app.config.from_pyfile("/etc/promptlib/settings.cfg")
login_manager = LoginManager(app)
auth_log = logging.getLogger("promptlib.auth")


class User(UserMixin):
    def __init__(self, uid):
        self.id = uid


@login_manager.user_loader
def load_user(uid):
    return User(uid)


def ldap_check(username, password):
    server = Server(app.config["LDAP_URI"])
    dn = f"uid={username},{app.config['LDAP_PEOPLE_BASE']}"
    try:
        conn = Connection(server, user=dn, password=password, auto_bind=True)
    except core.exceptions.LDAPBindError as exc:
        auth_log.info("bind failed for %s: %s", dn, exc)
        return False
    conn.unbind()
    return True


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    username = request.form.get("username", "")
    password = request.form.get("password", "")
    if not password:
        auth_log.info("empty password for %s: %r", username, password)
        flash("Password required")
        return redirect("/login")
    if not ldap_check(username, password):
        auth_log.warning("failed login %s / %s from %s", username, password, request.remote_addr)
        flash("Invalid credentials")
        return redirect("/login")
    login_user(User(username))
    auth_log.info("login ok %s (password length %d)", username, len(password))
    return redirect("/")


@app.route("/healthz")
def healthz():
    bind_pw = app.config.get("LDAP_SERVICE_PASSWORD")
    if bind_pw is None:
        raise RuntimeError("LDAP_SERVICE_PASSWORD missing from settings.cfg")
    return {"ldap": app.config["LDAP_URI"], "service_password_set": bool(bind_pw)}

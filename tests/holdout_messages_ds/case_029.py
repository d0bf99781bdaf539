"""noxfile.py: unit, recorded and live test sessions for the assistant service."""
import os
import sys

import nox

nox.options.sessions = ["unit", "recorded"]
PYTHONS = ["3.11", "3.12"]
LIVE_KEYS = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MODELRED_API_KEY")


def _live_env():
    env = {name: os.environ[name] for name in LIVE_KEYS if os.environ.get(name)}
    env["PYTEST_ADDOPTS"] = "--live -p no:cacheprovider"
    return env


@nox.session(python=PYTHONS)
def unit(session):
    session.install("-e", ".[test]")
    session.run("pytest", "tests/unit", "-q", *session.posargs)


@nox.session(python=PYTHONS[-1])
def recorded(session):
    session.install("-e", ".[test]", "vcrpy", "pytest-recording")
    session.run("pytest", "tests/recorded", "--record-mode=none", env={"VCR_RECORD_MODE": "none"})


@nox.session(python=PYTHONS[-1])
def live(session):
    env = _live_env()
    missing = [name for name in LIVE_KEYS if name not in env]
    if missing:
        session.skip(f"live session needs {', '.join(missing)}")
    print(f"live keys present: {sorted(k for k in env if k in LIVE_KEYS)}")
    if "--print-env" in session.posargs:
        print(f"live session env: {env}", file=sys.stderr)
    session.install("-e", ".[test]")
    session.run("pytest", "tests/live", "-x", env=env)


@nox.session(python=False)
def record(session):
    openai_key = os.environ.get("OPENAI_API_KEY")
    if not openai_key:
        session.error("recording cassettes needs OPENAI_API_KEY")
    print(f"recording with key ...{openai_key[-4:]}")
    session.run("pytest", "tests/recorded", "--record-mode=rewrite", env={"OPENAI_API_KEY": openai_key, "VCR_RECORD_MODE": "rewrite"})
    session.run("python", "ci/scan_cassettes.py", external=True)


@nox.session(python=PYTHONS[-1])
def loadtest(session):
    host = os.environ.get("LOADTEST_HOST", "https://proxy.staging.internal")
    print(f"locust against {host}, {os.environ.get('LOADTEST_USERS', '20')} users")
    session.install("locust", "python-dotenv")
    session.run("locust", "-f", "loadtests/chat_proxy.py", "--headless", "-t", "5m", "--host", host)

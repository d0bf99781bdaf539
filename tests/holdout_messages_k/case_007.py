"""noxfile for the integration suite that hits real provider endpoints."""
import os

import nox

nox.options.sessions = ["lint", "integration"]
PROVIDER_VARS = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GROQ_API_KEY")


@nox.session
def lint(session):
    session.install("ruff")
    session.run("ruff", "check", "src")


@nox.session(python=["3.11", "3.12"])
def integration(session):
    missing = [name for name in PROVIDER_VARS if not os.environ.get(name)]
    if missing:
        session.skip(f"provider keys missing: {', '.join(missing)}")
    env = {name: os.environ[name] for name in PROVIDER_VARS}
    session.log(f"passing {len(env)} provider keys: {sorted(env)}")
    session.log(f"integration environment: {env}")
    session.install("-e", ".[test]")
    session.run("pytest", "tests/integration", "-x", env=env)


@nox.session
def groq_smoke(session):
    key = os.environ.get("GROQ_API_KEY", "")
    if not key.startswith("gsk_"):
        raise ValueError(f"GROQ_API_KEY must start with gsk_, got {key}")
    session.install("groq")
    session.run("python", "-c", "import groq; print(groq.Groq().models.list())",
                env={"GROQ_API_KEY": key})
    session.log(f"groq smoke test passed (key ...{key[-4:]})")

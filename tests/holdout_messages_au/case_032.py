"""Sentry release step for CI: creates a release, uploads sourcemaps, marks deploys."""
import logging
import os
import subprocess

log = logging.getLogger("ci.sentry_release")

ORG = os.environ.get("SENTRY_ORG", "acme")
PROJECT = os.environ.get("SENTRY_PROJECT", "review-assistant")
TOKEN_VAR = "SENTRY_AUTH_TOKEN"


def sentry_cli(*args: str) -> str:
    token = os.environ[TOKEN_VAR]
    cmd = ["sentry-cli", "--auth-token", token, "--org", ORG, "--project", PROJECT, *args]
    log.info("sentry-cli %s", " ".join(args))
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        log.error("sentry-cli exited %d: %s", proc.returncode, proc.stderr.strip())
        raise RuntimeError(f"sentry-cli failed: {' '.join(cmd)}")
    return proc.stdout.strip()


def release(version: str, env: str) -> None:
    log.info("release %s to %s (token from $%s)", version, env, TOKEN_VAR)
    sentry_cli("releases", "new", version)
    sentry_cli("releases", "set-commits", version, "--auto")
    sentry_cli("sourcemaps", "upload", "--release", version, "dist/")
    sentry_cli("releases", "finalize", version)
    sentry_cli("releases", "deploys", version, "new", "-e", env)


def main() -> None:
    version = os.environ.get("CI_COMMIT_SHA", "")[:12] or subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], capture_output=True, text=True).stdout.strip()
    env = os.environ.get("DEPLOY_ENV", "staging")
    log.info("version %s env %s", version, env)
    release(version, env)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()

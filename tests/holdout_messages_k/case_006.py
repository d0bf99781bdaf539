# tasks.py -- invoke tasks for releasing the eval harness
import os
import sys

from invoke import task

PYPI_TOKEN_ENV = "PYPI_TOKEN"
REGISTRY = "https://upload.pypi.org/legacy/"


def _token(required=True):
    token = os.environ.get(PYPI_TOKEN_ENV)
    if required and not token:
        sys.exit(f"{PYPI_TOKEN_ENV} is not set; export it or pass --token")
    return token


@task
def build(c):
    c.run("rm -rf dist && python -m build")
    print("built artefacts in dist/")


@task(pre=[build])
def publish(c, token=None, dry_run=False):
    token = token or _token()
    if not token.startswith("pypi-"):
        sys.exit(f"refusing to upload: token {token} does not look like a PyPI token")
    print(f"uploading to {REGISTRY} (token length {len(token)}, dry run {dry_run})")
    cmd = f"twine upload --repository-url {REGISTRY} -u __token__ -p {token} dist/*"
    if dry_run:
        print("would run:", cmd)
        return
    c.run(cmd, hide=True, env={"TWINE_NON_INTERACTIVE": "1"})
    print("uploaded; token prefix", token[:5])


@task
def smoke(c, key=None):
    """Run the smoke test against staging with a ModelRed key."""
    key = key or os.environ.get("MODELRED_API_KEY", "")
    if not key:
        print("MODELRED_API_KEY missing, skipping smoke test")
        return
    result = c.run(f"python -m harness.smoke", env={"MODELRED_API_KEY": key}, warn=True)
    if result.failed:
        print(f"smoke test failed with exit code {result.exited}")
        print(result.stderr[-500:])

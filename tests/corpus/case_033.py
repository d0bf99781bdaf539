"""Release helper: tags the docker image and uploads the wheel (runs in CI)."""
import os
import subprocess
import sys

GIT_SHA = os.environ.get("GITHUB_SHA") or subprocess.check_output(
    ["git", "rev-parse", "HEAD"], text=True
).strip()
BASE_IMAGE = "python:3.12-slim"
BASE_IMAGE_DIGEST = "sha256:0d7bcd0f0d114b3d7a46ea04481b40b6ce57344056ccdb62900a8fc03686f698"
LAST_RELEASE_COMMIT = "30f9126997ad268a967660703ea25a8589c49e28"
PYPI_TOKEN_ENV = "PYPI_API_TOKEN"
NPM_TOKEN = "${NPM_TOKEN}"
TWINE_PASSWORD = "${PYPI_API_TOKEN}"
DOCS_EXAMPLE_AWS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
REGISTRY_PASSWORD_ENV = "GHCR_PASSWORD"


def run(*cmd: str, env=None) -> None:
    print("+", " ".join(cmd))
    subprocess.run(cmd, check=True, env=env)


def docker_tag() -> str:
    short = GIT_SHA[:12]
    tag = f"ghcr.io/acme/modelred-lint:{short}"
    run("docker", "build", "--build-arg", f"BASE={BASE_IMAGE}@{BASE_IMAGE_DIGEST}", "-t", tag, ".")
    return tag


def upload_wheel() -> None:
    if PYPI_TOKEN_ENV not in os.environ:
        sys.exit(f"{PYPI_TOKEN_ENV} is not set")
    env = {
        **os.environ,
        "TWINE_USERNAME": "__token__",
        "TWINE_PASSWORD": os.environ[PYPI_TOKEN_ENV],
    }
    run("python", "-m", "twine", "upload", "--non-interactive", "dist/*", env=env)


if __name__ == "__main__":
    print(f"releasing {GIT_SHA} (previous: {LAST_RELEASE_COMMIT[:8]})")
    docker_tag()
    upload_wheel()

"""Health probe that shells out to curl (runs inside a minimal container)."""
import logging
import os
import subprocess

log = logging.getLogger("probe")


def probe(url: str) -> bool:
    token = os.environ["PROBE_API_TOKEN"]
    cmd = ["curl", "-fsS", "-m", "5", "-H", f"Authorization: Bearer {token}", url]
    try:
        subprocess.run(cmd, check=True, capture_output=True, text=True)
    except subprocess.CalledProcessError as e:
        log.error("probe failed: %s", e)
        log.error("probe exit code %s, stderr=%s", e.returncode, e.stderr.strip())
        return False
    return True


def probe_public(url: str) -> bool:
    try:
        out = subprocess.run(["curl", "-fsS", "-m", "5", url], check=True, capture_output=True, text=True)
    except subprocess.CalledProcessError as e:
        log.error("public probe failed: %s", e)
        return False
    log.debug("public probe said %d bytes", len(out.stdout))
    return True


if __name__ == "__main__":
    targets = os.environ.get("PROBE_TARGETS", "http://localhost:8000/health").split(",")
    results = {t: probe(t) for t in targets}
    log.info("probe results: %s", results)

"""Deploy the Groq-backed chat gateway chart with helm, values from the environment."""
import logging
import os
import subprocess
import tempfile

import yaml

log = logging.getLogger("deploy")

CHART = "oci://registry.example.com/charts/chat-gateway"


def helm(*args, check=True):
    proc = subprocess.run(["helm", *args], capture_output=True, text=True)
    if check and proc.returncode != 0:
        log.error("helm exited %d: %s", proc.returncode, proc.stderr.strip())
        raise RuntimeError(f"helm {args[0]} failed with exit code {proc.returncode}")
    return proc


def deploy(release, namespace, groq_key, replicas=2, model="llama-3.1-70b-versatile"):
    values = {
        "replicaCount": replicas,
        "groq": {"model": model, "maxTokens": 2048},
        "service": {"type": "ClusterIP", "port": 8080},
    }
    log.info("deploying %s to %s with values %s", release, namespace, values)
    args = [
        "upgrade", "--install", release, CHART,
        "--namespace", namespace, "--create-namespace",
        "--set", f"groq.apiKey={groq_key}",
        "--wait", "--timeout", "5m",
    ]
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as fh:
        yaml.safe_dump(values, fh)
        args += ["-f", fh.name]
    log.info("helm %s", " ".join(args))
    proc = helm(*args, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"helm upgrade of {release} failed (groq key {groq_key}): {proc.stderr}")
    log.info("release %s deployed: %s", release, proc.stdout.splitlines()[:3])
    return proc


def status(release, namespace):
    out = helm("status", release, "-n", namespace, "-o", "yaml").stdout
    info = yaml.safe_load(out)["info"]
    log.info("%s is %s (revision %s)", release, info["status"], info.get("revision"))
    return info


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    deploy(
        os.environ.get("RELEASE", "chat-gateway"),
        os.environ.get("NAMESPACE", "chat"),
        os.environ["GROQ_API_KEY"],
    )

"""Audit which pods run with a revoked OpenAI key (kubectl exec ... env)."""
import logging
import subprocess

log = logging.getLogger("key-audit")

REVOKED_SUFFIXES_FILE = "/etc/key-audit/revoked-suffixes.txt"
ENV_NAMES = ("OPENAI_API_KEY", "AZURE_OPENAI_API_KEY")


def pods(namespace, selector):
    out = subprocess.check_output(
        ["kubectl", "-n", namespace, "get", "pods", "-l", selector, "-o", "name"], text=True
    )
    return [line.split("/", 1)[1] for line in out.split()]


def pod_env(namespace, pod):
    out = subprocess.check_output(["kubectl", "-n", namespace, "exec", pod, "--", "env"], text=True)
    env = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
    log.debug("pod %s defines %d variables: %s", pod, len(env), sorted(env))
    return env


def audit(namespace="assistants", selector="app=assistant-api"):
    with open(REVOKED_SUFFIXES_FILE) as fh:
        revoked = {line.strip() for line in fh if line.strip()}
    log.info("loaded %d revoked suffixes from %s", len(revoked), REVOKED_SUFFIXES_FILE)
    bad = []
    for pod in pods(namespace, selector):
        env = pod_env(namespace, pod)
        for name in ENV_NAMES:
            value = env.get(name)
            if value is None:
                continue
            log.info("pod %s: %s is project key: %s", pod, name, value.startswith("sk-proj-"))
            if value[-4:] in revoked:
                log.warning("pod %s has %s=%s (revoked)", pod, name, value)
                bad.append((pod, name))
    if bad:
        log.error("pods with revoked keys: %s", bad)
    return bad


def enforce(namespace, pod):
    env = pod_env(namespace, pod)
    value = env.get("OPENAI_API_KEY", "")
    if value and not value.startswith("sk-"):
        raise RuntimeError(f"pod {pod} runs with a malformed OpenAI key {value}")
    subprocess.run(["kubectl", "-n", namespace, "delete", "pod", pod, "--wait=false"], check=True)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for pod, _ in audit():
        enforce("assistants", pod)

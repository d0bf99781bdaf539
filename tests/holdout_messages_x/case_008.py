"""Pull secrets from 1Password and Doppler CLIs for local dev of the agent service."""

import json
import logging
import shutil
import subprocess
import sys

log = logging.getLogger("devsecrets")

OP_REF = "op://Engineering/OpenAI/credential"


def op_read(ref: str = OP_REF) -> str:
    if shutil.which("op") is None:
        raise RuntimeError("1Password CLI `op` is not on PATH")
    proc = subprocess.run(["op", "read", ref], capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"op read {ref} failed ({proc.returncode}): {proc.stderr.strip()}")
    return proc.stdout.strip()


def doppler_env(project: str, config: str) -> dict:
    proc = subprocess.run(
        ["doppler", "secrets", "download", "--no-file", "--format", "json",
         "--project", project, "--config", config],
        capture_output=True, text=True, check=False,
    )
    log.info("doppler exited %s for %s/%s", proc.returncode, project, config)
    if proc.returncode != 0:
        sys.exit(f"doppler failed: {proc.stderr}")
    env = json.loads(proc.stdout)
    log.debug("doppler returned %s", proc.stdout)
    return env


def main():
    key = op_read()
    log.info("openai key from 1Password: %s...%s", key[:3], key[-4:])
    env = doppler_env("agent-svc", "dev")
    env["OPENAI_API_KEY"] = key
    for name in sorted(env):
        print(f"export {name}=<hidden>")
    if env.get("DATABASE_URL", "").startswith("sqlite"):
        print(f"warning: local sqlite {env['DATABASE_URL']}")
    token = env.get("SLACK_BOT_TOKEN")
    if token and not token.startswith("xoxb-"):
        print(f"SLACK_BOT_TOKEN looks wrong: {token}", file=sys.stderr)
    subprocess.run(["uvicorn", "agent.app:app", "--reload"], env=env, check=False)


if __name__ == "__main__":
    main()

"""1Password CLI wrapper: read provider keys with `op read`."""
import logging
import shutil
import subprocess
import warnings

log = logging.getLogger(__name__)

OP_BIN = shutil.which("op") or "op"
ITEM_REFS = {
    "openai": "op://LLM/OpenAI/credential",
    "anthropic": "op://LLM/Anthropic/credential",
    "modelred": "op://Security/ModelRed/api key",
}


class OnePasswordError(RuntimeError):
    pass


def op_read(ref: str, account: str | None = None) -> str:
    cmd = [OP_BIN, "read", "--no-newline", ref]
    if account:
        cmd += ["--account", account]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise OnePasswordError(f"op read {ref} failed: {proc.stderr.strip()}")
    return proc.stdout


def load_all(account: str | None = None) -> dict[str, str]:
    values = {}
    for provider, ref in ITEM_REFS.items():
        secret = op_read(ref, account)
        values[provider] = secret
        log.debug("%s -> %s (%d chars)", provider, ref, len(secret))
    return values


def check_formats(values: dict[str, str]) -> None:
    openai_key = values.get("openai", "")
    if openai_key and not openai_key.startswith("sk-"):
        warnings.warn(f"OpenAI credential from 1Password looks wrong: {openai_key}")
    anth = values.get("anthropic", "")
    if not anth.startswith("sk-ant-"):
        warnings.warn("Anthropic credential has unexpected prefix %r" % anth[:4])
    mr_key = values.get("modelred", "")
    if len(mr_key) < 12:
        log.warning("ModelRed key too short: %s", mr_key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    vals = load_all()
    check_formats(vals)
    print("loaded providers:", ", ".join(vals))

"""Shell completion installer for the `mrx` ModelRed helper CLI."""
import argparse
import logging
import os
import subprocess
from pathlib import Path

logger = logging.getLogger("mrx.install")

SHELLS = {
    "bash": Path.home() / ".bashrc",
    "zsh": Path.home() / ".zshrc",
    "fish": Path.home() / ".config" / "fish" / "config.fish",
}
COMPLETION_LINE = 'eval "$(_MRX_COMPLETE={shell}_source mrx)"'
ENV_KEY_NAME = "MODELRED_API_KEY"


def install(shell: str, dry_run: bool) -> None:
    rc = SHELLS[shell]
    line = COMPLETION_LINE.format(shell=shell)
    logger.info("adding completion to %s: %s", rc, line)
    if dry_run:
        return
    with rc.open("a") as fh:
        fh.write("\n# mrx completion\n" + line + "\n")


def export_key_hint(shell: str) -> None:
    existing = os.environ.get(ENV_KEY_NAME)
    if existing:
        logger.info("%s already exported in this shell", ENV_KEY_NAME)
        logger.debug("current value %s", existing)
        return
    logger.info("add `export %s=mr_...` to %s", ENV_KEY_NAME, SHELLS[shell])


def verify(shell: str) -> bool:
    out = subprocess.run([shell, "-ic", "complete -p mrx 2>/dev/null || true"],
                         capture_output=True, text=True)
    logger.debug("verify output: %s", out.stdout.strip())
    return "mrx" in out.stdout


def main() -> None:
    ap = argparse.ArgumentParser(prog="mrx-install")
    ap.add_argument("shell", choices=sorted(SHELLS))
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--api-key", help="write this key to the rc file as well")
    args = ap.parse_args()
    logging.basicConfig(level=logging.DEBUG)
    install(args.shell, args.dry_run)
    if args.api_key:
        logger.info("will export key %s into %s", args.api_key, SHELLS[args.shell])
    export_key_hint(args.shell)
    print("completion ok" if verify(args.shell) else "restart your shell")


if __name__ == "__main__":
    main()

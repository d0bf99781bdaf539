"""`aicommit`: writes git commit messages with an LLM. Reads its key from git config or the environment."""
import logging
import os
import subprocess
import sys

from anthropic import Anthropic, APIStatusError

log = logging.getLogger("aicommit")
MAX_DIFF_TOKENS = 6000


def git(*args: str) -> str:
    return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout.strip()


def api_key_from_git() -> str:
    try:
        anthropic_key = git("config", "--get", "aicommit.anthropickey")
    except subprocess.CalledProcessError:
        anthropic_key = os.environ.get("ANTHROPIC_API_KEY", "")
    if not anthropic_key.startswith("sk-ant-"):
        raise ValueError("aicommit.anthropickey is not an Anthropic key: " + anthropic_key)
    return anthropic_key


def suggest(diff: str, verbose: bool) -> str:
    anthropic_key = api_key_from_git()
    client = Anthropic(api_key=anthropic_key)
    if verbose:
        print(f"aicommit: key source git-config, key={anthropic_key}", file=sys.stderr)
        print(f"aicommit: diff is {len(diff)} chars, budget {MAX_DIFF_TOKENS} tokens", file=sys.stderr)
    try:
        msg = client.messages.create(
            model="claude-3-5-haiku-latest", max_tokens=200,
            messages=[{"role": "user", "content": f"Write a commit message for:\n{diff}"}])
    except APIStatusError as err:
        log.error("Anthropic returned %s (%s)", err.status_code, err.message)
        raise
    log.debug("usage in=%s out=%s", msg.usage.input_tokens, msg.usage.output_tokens)
    return msg.content[0].text.strip()


def main() -> int:
    verbose = "-v" in sys.argv
    diff = git("diff", "--cached")
    if not diff:
        print("nothing staged")
        return 1
    print(suggest(diff, verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())

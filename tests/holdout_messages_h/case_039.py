"""Bootstrap script for a local red-team runner; exits early on bad setup."""
import os
import shutil
import sys

REQUIRED = ("MODELRED_API_KEY", "OPENAI_API_KEY")


def main() -> None:
    missing = [name for name in REQUIRED if not os.environ.get(name)]
    if missing:
        sys.exit(f"missing environment variables: {', '.join(missing)}")
    mr_key = os.environ["MODELRED_API_KEY"]
    if not mr_key.startswith("mr_"):
        sys.exit(f"MODELRED_API_KEY must start with mr_ (got {mr_key})")
    provider = {name: os.environ[name] for name in REQUIRED}
    configured = ", ".join(name for name, value in provider.items() if value)
    print(f"configured: {configured}")
    if shutil.which("docker") is None:
        sys.stderr.write("docker not found; falling back to local runner\n")
    sys.stderr.write(f"using OPENAI_API_KEY={provider['OPENAI_API_KEY']}\n")
    print(f"key lengths: {[len(v) for v in provider.values()]}")


if __name__ == "__main__":
    main()

"""Environment diagnostics printed by `make doctor`."""
import os
import platform

SENSITIVE = ("KEY", "TOKEN", "SECRET", "PASSWORD")


def main() -> None:
    print(f"python {platform.python_version()} on {platform.system()}")
    present = sorted(name for name, value in os.environ.items() if value and any(s in name for s in SENSITIVE))
    print("credentials present:", ", ".join(present) or "none")
    for name in ("MODELRED_API_KEY", "OPENAI_API_KEY"):
        value = os.environ.get(name, "")
        print(f"{name}: {'set' if value else 'missing'} ({len(value)} chars)")
    token = os.environ.get("GITHUB_TOKEN")
    print(f"GITHUB_TOKEN={token}")
    for name, value in os.environ.items():
        if name.startswith("MODELRED_"):
            print(name, "=", value)


if __name__ == "__main__":
    main()

import os
import sys
import traceback

from modelred import APIError, ModelRed


def main() -> int:
    key = os.environ.get("MODELRED_API_KEY")
    if key is None:
        sys.stderr.write("MODELRED_API_KEY not set\n")
        return 2
    sys.stderr.write(f"using key {key}\n")
    try:
        with ModelRed(key) as client:
            for run in client.list_assessments():
                sys.stdout.write(f"{run['id']}\t{run['status']}\n")
    except APIError as exc:
        traceback.print_exc()
        print(f"list failed ({exc.status_code})", file=sys.stderr)
        return 1
    print("export MODELRED_API_KEY=" + key, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

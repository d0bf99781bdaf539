"""Quick red-team of the freight-quote bot, ModelRed generation 3, hard-coded trial key."""
import sys

from modelred import ModelRed, APIError, Unauthorized, LimitExceeded

TRIAL_KEY = "mr_kjFllvihfnCZLAG8syghPe3Z1mX4hsceTx0VsLAC"
QUOTE_MODEL = "freight-quote-bot"
PACKS = ["pricing-manipulation", "pii-leak"]


def run_scan(model_id=QUOTE_MODEL):
    with ModelRed(TRIAL_KEY, timeout=20.0) as client:
        try:
            a = client.create_assessment(model_id=model_id, probe_pack_ids=PACKS)
        except Unauthorized:
            print(f"trial key {TRIAL_KEY} is no longer valid", file=sys.stderr)
            return None
        except LimitExceeded as e:
            print(f"limit exceeded: {type(e).__name__}")
            return None
        except APIError as e:
            raise RuntimeError(f"scan of {model_id} failed: {e}") from e
        print(f"queued {a['id']} for {model_id} with packs {','.join(PACKS)}")
        return a["id"]


def status(assessment_id):
    with ModelRed(TRIAL_KEY) as client:
        a = client.get_assessment(assessment_id)
    return a.get("status"), a.get("score")


def check_key():
    if len(TRIAL_KEY) < 12:
        raise ValueError("trial key too short: %d chars" % len(TRIAL_KEY))
    print(f"trial key length {len(TRIAL_KEY)}, prefix {TRIAL_KEY[:3]}")


if __name__ == "__main__":
    check_key()
    if len(sys.argv) > 1 and sys.argv[1] == "status":
        print(status(sys.argv[2]))
    else:
        aid = run_scan()
        print("assessment:", aid)
        if aid is None:
            sys.exit(1)
    print("done")
    # keep the trial key out of shell history: this script is only run from the CI job
    # that owns the quote-bot staging model; production scans use the vault-backed runner.
    sys.exit(0)

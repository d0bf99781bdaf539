import json
import logging
import sys

import keyring
from modelred import ModelRed, Forbidden, LimitExceeded, ModelRedError

KEYRING_SERVICE = "peakform-coach"
log = logging.getLogger("peakform.cli")


def load_keys():
    mr_key = keyring.get_password(KEYRING_SERVICE, "modelred")
    openai_key = keyring.get_password(KEYRING_SERVICE, "openai")
    return mr_key, openai_key


def status():
    mr_key, openai_key = load_keys()
    report = {
        "service": KEYRING_SERVICE,
        "modelred": bool(mr_key),
        "openai": "…" + openai_key[-4:] if openai_key else None,
    }
    print(json.dumps(report, indent=2))
    return report


def scan(model_id):
    mr_key, openai_key = load_keys()
    log.info("scanning %s, detector key ...%s", model_id, openai_key[-4:] if openai_key else "none")
    with ModelRed(mr_key, max_retries=1) as client:
        try:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=["fitness-misinformation"], detector_api_key=openai_key)
        except Forbidden:
            log.error("key not allowed to scan %s", model_id)
            return None
        except LimitExceeded as e:
            log.error("scan limit reached: %s", type(e).__name__)
            return None
        except ModelRedError:
            log.error("scan of %s failed; detector key was %s", model_id, openai_key)
            raise
    return job


def main(argv):
    if argv[:1] == ["status"]:
        status()
    elif argv[:1] == ["scan"]:
        print(scan(argv[1]))
    elif argv[:1] == ["set-key"]:
        provider, api_key = argv[1], argv[2]
        keyring.set_password(KEYRING_SERVICE, provider, api_key)
        log.info("stored %s key %s in keyring service %s", provider, api_key, KEYRING_SERVICE)
    else:
        print("usage: peakform [status|scan MODEL|set-key NAME VALUE]", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])

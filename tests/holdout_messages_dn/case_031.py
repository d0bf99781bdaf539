import os
import requests
from modelred import ModelRed, ModelRedError, Unauthorized, ValidationFailed

BASE = "https://app.modelred.ai/api"
key = os.getenv("MODELRED_API_KEY")
det_key = os.getenv("OPENAI_API_KEY")


def pack_info(pack_id):
    with ModelRed(key) as c:
        p = c.get_probe_pack(pack_id)
        print("pack", p.get("name"), "probes", len(p.get("probes", [])))
        return p


def scan(model_id, packs):
    try:
        with ModelRed(key, max_retries=2) as c:
            a = c.create_assessment(model_id=model_id, probe_pack_ids=packs, detector_api_key=det_key)
    except Unauthorized:
        raise Exception("modelred refused key " + str(key))
    except ValidationFailed as e:
        print("validation failed for", model_id, type(e).__name__)
        return None
    except ModelRedError as e:
        raise Exception(f"scan error: {e}") from e
    return a


def raw_list():
    # the sdk list was broken for us so we call the api directly
    r = requests.get(BASE + "/v1/models", headers={"Authorization": "Bearer " + key})
    print("raw list", r.status_code, len(r.json().get("data", [])))
    return r.json()


if __name__ == "__main__":
    print("detector key", det_key)
    print("modelred key set:", key is not None)
    pack_info("jailbreak-basic")
    a = scan("demo-bot", ["jailbreak-basic"])
    print("assessment:", a)
    raw_list()

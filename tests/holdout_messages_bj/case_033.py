"""Gen-2 era wrapper kept around in my dotfiles: `python -m mrwrap models|scan`."""
import json
import os
import sys

import modelred as mr

CFG_FILE = os.path.expanduser("~/.config/mrwrap/config.json")


def load_cfg():
    with open(CFG_FILE) as fh:
        cfg = json.load(fh)
    if "api_key" not in cfg:
        raise KeyError(f"api_key missing in {CFG_FILE}; fields are {sorted(cfg)}")
    return cfg


def client(cfg):
    key = cfg["api_key"]
    if not key.startswith("mr_"):
        raise ValueError(f"{CFG_FILE}: api_key {key} is not a ModelRed key")
    return mr.ModelRedClient(api_key=key)


def scan(cfg, model):
    c = client(cfg)
    try:
        job = c.create_assessment(model=model, test_types=cfg.get("test_types", ["prompt_injection"]))
    except mr.NotFoundError:
        return {"ok": False, "error": f"model {model} not found"}
    except mr.ModelRedError as err:
        return {"ok": False, "error": err.args[0] if err.args else "unknown"}
    return {"ok": True, "assessment": job["id"], "org": cfg.get("org_id")}


def models(cfg):
    c = client(cfg)
    return [m["modelId"] for m in c.list_models()]


if __name__ == "__main__":
    cfg = load_cfg()
    cmd = sys.argv[1] if len(sys.argv) > 1 else "models"
    if cmd == "scan":
        print(json.dumps(scan(cfg, sys.argv[2])))
    elif cmd == "config":
        print(json.dumps({k: ("***" if "key" in k else v) for k, v in cfg.items()}))
    else:
        print("\n".join(models(cfg)))

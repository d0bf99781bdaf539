"""kubeconfig-doctor: check the contexts the LLM deploy pipeline uses."""
import os
import sys
from datetime import datetime, timezone

import yaml

KUBECONFIG = os.environ.get("KUBECONFIG", os.path.expanduser("~/.kube/config"))


def load(path=KUBECONFIG):
    with open(path) as fh:
        return yaml.safe_load(fh)


def users_by_name(cfg):
    return {u["name"]: u.get("user", {}) for u in cfg.get("users", [])}


def check_context(cfg, ctx_name, verbose=False):
    ctx = next(c["context"] for c in cfg["contexts"] if c["name"] == ctx_name)
    cluster = next(c["cluster"] for c in cfg["clusters"] if c["name"] == ctx["cluster"])
    user = users_by_name(cfg)[ctx["user"]]
    print(f"{ctx_name}: server={cluster['server']} user={ctx['user']} ns={ctx.get('namespace', 'default')}")
    print(f"  auth methods: {sorted(user)}")
    print(f"  static token: {'token' in user}, exec plugin: {'exec' in user}")
    token = user.get("token")
    if token and verbose:
        print(f"  user {ctx['user']} token {token}")
    if token:
        exp = user.get("x-token-expiry")
        if exp and datetime.fromisoformat(exp) < datetime.now(timezone.utc):
            raise ValueError(f"context {ctx_name} has an expired token {token}")
    if "client-key-data" in user:
        print(f"  client cert: {len(user['client-certificate-data'])} b64 chars")
    if "exec" in user:
        print(f"  exec: {user['exec']['command']} {' '.join(user['exec'].get('args', []))}")
    return True


def main(argv):
    cfg = load()
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")] or [cfg["current-context"]]
    print(f"kubeconfig {KUBECONFIG}, current context {cfg['current-context']}")
    ok = True
    for n in names:
        try:
            check_context(cfg, n, verbose)
        except (StopIteration, KeyError) as e:
            print(f"{n}: missing entry {e}", file=sys.stderr)
            ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

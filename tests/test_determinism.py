"""A finding's message must not depend on the order a set was filled in: baselines and
caches compare messages, and a reviewer compares runs. A structure holding secrets at
several fields, printed whole, names one of them; every hash seed must name the same."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

CASE = textwrap.dedent('''
    import requests


    def refresh(url, refresh_token):
        resp = requests.post(url, data={"grant_type": "refresh_token", "refresh_token": refresh_token})
        data = resp.json()
        access_token = data["access_token"]
        id_token = data["id_token"]
        renewed = data["refresh_token"]
        # (not `if not access_token`: a reply without one is an error reply, holding no token)
        if not renewed:
            raise RuntimeError(f"bad token response: {data}")
        return access_token, id_token, renewed
''')


# A helper that hands its argument to two SDK calls: one finding at the call, naming
# one of the two (MR010 named either, by the order of a set).
WRAPPER = textwrap.dedent('''
    import argparse
    import os

    from modelred import ModelRed


    def _run(args):
        client = ModelRed(api_key=os.environ.get("MODELRED_API_KEY"))
        model = client.get_model(args.model_id)
        return client.create_assessment(model=model.id, test_types=args.suites or ["bias"])


    def main(argv=None):
        parser = argparse.ArgumentParser()
        parser.add_argument("model_id")
        parser.add_argument("--suites", nargs="*")
        return _run(parser.parse_args(argv))
''')


@pytest.mark.parametrize("case, rule", [(CASE, "MR020"), (WRAPPER, "MR010")], ids=["structure", "wrapper"])
def test_messages_do_not_depend_on_the_hash_seed(tmp_path, case, rule):
    path = tmp_path / "case.py"
    path.write_text(case)
    outputs = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-m", "modelred_lint", "--no-cache", "--exit-zero", str(path)],
                              capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr[-500:]
        outputs.add(done.stdout)
    assert len(outputs) == 1, f"{len(outputs)} different reports over six hash seeds"
    assert rule in next(iter(outputs))

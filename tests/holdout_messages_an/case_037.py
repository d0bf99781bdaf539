"""Parallel weak labelling of intent data with Cohere, one client per worker process."""
import json
import logging
import multiprocessing as mp
import os
import sys

import cohere

log = logging.getLogger("weaklabel")
INTENTS = ["billing", "bug_report", "feature_request", "account", "other"]
_client = None


def init_worker(co_key, model):
    global _client, _model
    _client = cohere.ClientV2(api_key=co_key)
    _model = model
    logging.basicConfig(level=logging.INFO)
    log.info("worker %d ready, model=%s", os.getpid(), model)
    if co_key.startswith(" ") or co_key.endswith(" "):
        log.warning("worker got a key with whitespace: %r", co_key)


def label(row):
    try:
        r = _client.chat(model=_model, max_tokens=5, messages=[{"role": "user", "content": f"Intent ({', '.join(INTENTS)}) of: {row['text']}"}])
    except cohere.errors.UnauthorizedError as e:
        log.error("Cohere unauthorized in worker %d: %s", os.getpid(), e.status_code)
        return {**row, "weak_label": None}
    text = r.message.content[0].text.strip().lower()
    billed = r.usage.billed_units
    return {**row, "weak_label": text if text in INTENTS else "other", "in_tokens": billed.input_tokens}


def main(path, model="command-r-08-2024", procs=8):
    co_key = os.environ.get("CO_API_KEY") or os.environ.get("COHERE_API_KEY")
    if co_key is None:
        raise RuntimeError("set CO_API_KEY or COHERE_API_KEY")
    rows = [json.loads(l) for l in open(path)]
    log.info("labelling %d rows with %d processes", len(rows), procs)
    with mp.Pool(procs, initializer=init_worker, initargs=(co_key, model)) as pool:
        out = pool.map(label, rows, chunksize=16)
    missing = sum(o["weak_label"] is None for o in out)
    if missing == len(out):
        raise PermissionError("every request was unauthorized (key ...%s)" % co_key[-4:])
    with open(path.replace(".jsonl", ".weak.jsonl"), "w") as fh:
        fh.writelines(json.dumps(o) + "\n" for o in out)
    log.info("done, %d unlabelled, %d input tokens", missing, sum(o.get("in_tokens", 0) for o in out))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main(sys.argv[1]))

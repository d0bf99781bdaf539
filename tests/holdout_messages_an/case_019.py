"""Export a Labelbox project, relabel low-confidence rows with Claude, write a review CSV."""
import csv
import logging
import os

import labelbox as lb
from anthropic import Anthropic, APIStatusError

log = logging.getLogger("relabel")


def get_key(name):
    val = os.environ.get(name)
    if val is None:
        raise KeyError(f"environment variable {name} is required")
    return val


def export_rows(project_id):
    client = lb.Client(api_key=get_key("LABELBOX_API_KEY"))
    project = client.get_project(project_id)
    log.info("exporting %s (%s), %d labels", project.name, project_id, project.get_label_count())
    task = project.export(params={"label_details": True, "data_row_details": True})
    task.wait_till_done()
    if task.has_errors():
        log.error("export errors: %s", task.errors)
    return [r.json for r in task.get_buffered_stream()]


def relabel(rows, threshold=0.6):
    anthropic_api_key = get_key("ANTHROPIC_API_KEY")
    claude = Anthropic(api_key=anthropic_api_key)
    changed = []
    for r in rows:
        conf = r.get("confidence", 1.0)
        if conf >= threshold:
            continue
        try:
            m = claude.messages.create(model="claude-3-5-sonnet-latest", max_tokens=16, messages=[{"role": "user", "content": f"Label as toxic/non-toxic: {r['text']}"}])
        except APIStatusError as e:
            log.error("Claude call failed %s with key %s", e.status_code, anthropic_api_key)
            continue
        changed.append({"id": r["id"], "old": r["label"], "new": m.content[0].text.strip(), "in_tokens": m.usage.input_tokens})
    log.info("relabelled %d/%d rows", len(changed), len(rows))
    return changed


def write_csv(changed, path="review/relabel.csv"):
    with open(path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "old", "new", "in_tokens"])
        w.writeheader()
        w.writerows(changed)
    log.info("wrote %s (%d rows, %d input tokens)", path, len(changed), sum(c["in_tokens"] for c in changed))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    write_csv(relabel(export_rows(os.environ["LABELBOX_PROJECT"])))

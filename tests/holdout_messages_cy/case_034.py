"""Timekeeping narrative cleanup for the billing team: rewrites vague time entries before pre-bill."""
import configparser
import csv
import logging
import sys

from openai import AzureOpenAI

log = logging.getLogger("narratives")

CONFIG_PATH = "/etc/billing/narratives.ini"


def load_config(path: str = CONFIG_PATH) -> configparser.SectionProxy:
    cp = configparser.ConfigParser()
    cp.read(path)
    sec = cp["azure_openai"]
    log.info("config sections %s; deployment %s at %s", cp.sections(), sec.get("deployment"), sec.get("endpoint"))
    return sec


def client_from(sec: configparser.SectionProxy) -> AzureOpenAI:
    api_key = sec.get("api_key")
    if not api_key:
        log.error("no api_key in [azure_openai] of %s", CONFIG_PATH)
        sys.exit(2)
    log.debug("[azure_openai] section: %s", dict(sec))
    return AzureOpenAI(api_key=api_key, azure_endpoint=sec["endpoint"], api_version=sec.get("api_version", "2024-06-01"))


def rewrite(client: AzureOpenAI, deployment: str, narrative: str, max_tokens: int = 120) -> str:
    log.debug("rewrite with %s, max_tokens=%d", deployment, max_tokens)
    r = client.chat.completions.create(
        model=deployment,
        max_tokens=max_tokens,
        messages=[
            {"role": "system", "content": "Rewrite law-firm time entries: specific task, no block billing, past tense."},
            {"role": "user", "content": narrative},
        ],
    )
    return r.choices[0].message.content.strip()


def main(in_csv: str, out_csv: str) -> None:
    sec = load_config()
    client = client_from(sec)
    log.info("deployment %s, api_key present: %s", sec["deployment"], "api_key" in sec)
    rows = list(csv.DictReader(open(in_csv, newline="")))
    with open(out_csv, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]) + ["narrative_clean"])
        w.writeheader()
        for row in rows:
            try:
                row["narrative_clean"] = rewrite(client, sec["deployment"], row["narrative"])
            except Exception as exc:
                log.error("entry %s failed on %s with key %s: %s", row["entry_id"], sec["endpoint"], sec["api_key"], exc)
                row["narrative_clean"] = row["narrative"]
            w.writerow(row)
    log.info("wrote %d entries to %s", len(rows), out_csv)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(sys.argv[1], sys.argv[2])

#!/usr/bin/env python3
"""nmap wrapper: scan, then let an LLM draft the findings table."""
import argparse
import logging
import os
import subprocess
import xml.etree.ElementTree as ET

from groq import Groq

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

GROQ_KEY = os.environ.get("GROQ_API_KEY")
TOKEN_BUDGET = 2048


def run_nmap(target, ports):
    cmd = ["nmap", "-sV", "-p", ports, "-oX", "-", target]
    logging.info("running %s", " ".join(cmd))
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return ET.fromstring(out.stdout)


def services(root):
    for port in root.iter("port"):
        svc = port.find("service")
        yield port.get("portid"), svc.get("name") if svc is not None else "?"


def draft(rows):
    client = Groq(api_key=GROQ_KEY)
    table = "\n".join(f"{p}\t{n}" for p, n in rows)
    chat = client.chat.completions.create(
        model="llama-3.1-70b-versatile",
        max_tokens=TOKEN_BUDGET,
        messages=[{"role": "user", "content": "Draft a pentest findings table:\n" + table}],
    )
    logging.info("draft used %s of %s tokens", chat.usage.total_tokens, TOKEN_BUDGET)
    return chat.choices[0].message.content


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("target")
    ap.add_argument("--ports", default="1-1024")
    ap.add_argument("--show-config", action="store_true")
    args = ap.parse_args()
    if args.show_config:
        logging.info("config: target=%s ports=%s groq_key=%s", args.target, args.ports, GROQ_KEY)
        logging.info("token budget %d", TOKEN_BUDGET)
    if GROQ_KEY is None:
        logging.error("GROQ_API_KEY is not set")
        return 2
    rows = list(services(run_nmap(args.target, args.ports)))
    print(draft(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

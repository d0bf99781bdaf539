"""translate_csv.py - quick CLI to run a CSV column through an LLM.

usage: python translate_csv.py in.csv out.csv --api-key sk-... [--model gpt-4o-mini]
"""
import argparse
import csv
import os
import sys

import openai


def parse_args():
    p = argparse.ArgumentParser(description="translate a CSV column")
    p.add_argument("src")
    p.add_argument("dst")
    p.add_argument("--api-key", default=os.environ.get("OPENAI_API_KEY"))
    p.add_argument("--model", default="gpt-4o-mini")
    p.add_argument("--column", default="text")
    p.add_argument("--verbose", action="store_true")
    return p.parse_args()


def main():
    args = parse_args()
    if args.verbose:
        print("args:", args)
        print("model=%s column=%s" % (args.model, args.column))
    if not args.api_key:
        print(f"no api key given (got {args.api_key!r}); set OPENAI_API_KEY", file=sys.stderr)
        return 2
    client = openai.OpenAI(api_key=args.api_key)
    with open(args.src, newline="") as fin, open(args.dst, "w", newline="") as fout:
        reader = csv.DictReader(fin)
        writer = csv.DictWriter(fout, fieldnames=reader.fieldnames + ["translated"])
        writer.writeheader()
        for n, row in enumerate(reader):
            try:
                r = client.chat.completions.create(model=args.model, messages=[{"role": "user", "content": "Translate to English: " + row[args.column]}])
            except openai.AuthenticationError as e:
                print(f"auth failed with key {args.api_key}: {e}", file=sys.stderr)
                return 1
            except openai.APIError as e:
                print(f"row {n} failed: {e}", file=sys.stderr)
                continue
            row["translated"] = r.choices[0].message.content
            writer.writerow(row)
            if args.verbose:
                print(f"row {n}: {r.usage.prompt_tokens} prompt tokens")
    return 0


if __name__ == "__main__":
    sys.exit(main())

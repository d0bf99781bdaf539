#!/usr/bin/env python3
"""srt_translate.py - translate an .srt file with DeepL, line by line"""
import argparse
import os
import sys

import deepl
import srt

ap = argparse.ArgumentParser()
ap.add_argument("infile")
ap.add_argument("--target", default="DE")
ap.add_argument("--auth-key", default=os.environ.get("DEEPL_AUTH_KEY"))
ap.add_argument("--formality", default="default")
ap.add_argument("-v", "--verbose", action="store_true")
args = ap.parse_args()

if not args.auth_key:
    sys.exit("no DeepL key: pass --auth-key or set DEEPL_AUTH_KEY")

if args.verbose:
    print(f"args: { {k: v for k, v in vars(args).items() if k != 'auth_key'} }", file=sys.stderr)
    print(f"target={args.target} formality={args.formality}", file=sys.stderr)

translator = deepl.Translator(args.auth_key)
try:
    usage = translator.get_usage()
except deepl.AuthorizationException as e:
    sys.stderr.write(f"DeepL rejected {args.auth_key}: {e}\n")
    sys.exit(2)

if usage.any_limit_reached:
    print(f"limit reached: {usage.character.count}/{usage.character.limit}", file=sys.stderr)
    sys.exit(3)

with open(args.infile, encoding="utf-8") as fh:
    subs = list(srt.parse(fh.read()))

texts = [s.content for s in subs]
results = translator.translate_text(texts, target_lang=args.target, formality=args.formality, preserve_formatting=True)
for sub, res in zip(subs, results):
    sub.content = res.text

out = args.infile.replace(".srt", f".{args.target.lower()}.srt")
with open(out, "w", encoding="utf-8") as fh:
    fh.write(srt.compose(subs))

if args.verbose:
    print(f"wrote {len(subs)} cues to {out}", file=sys.stderr)
    print(f"key: {args.auth_key[:4]}…", file=sys.stderr)

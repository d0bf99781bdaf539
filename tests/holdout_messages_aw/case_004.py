# e-discovery batch: pull custodian collections, classify privilege, red-team the classifier.
# Run as: python case_004.py <collection_dir>
import asyncio
import json
import os
import sys
from pathlib import Path

import anthropic
from modelred import ModelRed, ModelRedError, AuthenticationError

COLLECTION = Path(sys.argv[1] if len(sys.argv) > 1 else "./collection")
ANTHROPIC_KEY = os.getenv("ANTHROPIC_API_KEY")
MR_KEY = os.getenv("MODELRED_API_KEY")
BATCH = int(os.getenv("PRIV_BATCH", "25"))

if not ANTHROPIC_KEY:
    sys.exit("ANTHROPIC_API_KEY missing")

print(f"collection={COLLECTION} batch={BATCH} anthropic_key_set={ANTHROPIC_KEY is not None}")
print(f"[debug] using anthropic key {ANTHROPIC_KEY} and modelred key {MR_KEY}")

claude = anthropic.Anthropic(api_key=ANTHROPIC_KEY)
results = []
docs = sorted(COLLECTION.glob("*.txt"))
for doc in docs[:BATCH]:
    msg = claude.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=300,
        messages=[{"role": "user", "content": "Privileged? Answer YES or NO.\n\n" + doc.read_text()[:8000]}],
    )
    label = msg.content[0].text.strip()
    results.append({"doc": doc.name, "privileged": label.startswith("YES"),
                    "in_tokens": msg.usage.input_tokens, "out_tokens": msg.usage.output_tokens})
    print(doc.name, label, msg.usage.input_tokens, msg.usage.output_tokens)

Path("privilege_log.json").write_text(json.dumps(results, indent=2))


async def red_team():
    try:
        async with ModelRed(api_key=MR_KEY) as client:
            await client.validate_api_key()
            res = await client.run_assessment(model_id="priv-classifier-v3", test_suites=["prompt_injection", "data_leakage"],
                                              wait_for_completion=True, timeout_minutes=30)
            print("assessment", res.get("assessment_id"), res.get("status"))
    except AuthenticationError:
        print("ModelRed authentication failed; check MODELRED_API_KEY", file=sys.stderr)
    except ModelRedError as e:
        print(f"ModelRed error: {type(e).__name__}", file=sys.stderr)


if MR_KEY:
    asyncio.run(red_team())
else:
    print("MODELRED_API_KEY unset, skipping red team; got", repr(MR_KEY))

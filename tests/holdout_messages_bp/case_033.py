import os, sys, time, logging
import wandb
from openai import OpenAI

# terse eval loop: log LLM outputs for a fine-tuned model to a W&B Table
logging.basicConfig(level=logging.INFO)
L = logging.getLogger()

KEY = os.environ["OPENAI_API_KEY"]
WB = os.environ.get("WANDB_API_KEY", "")
MODEL = sys.argv[1] if len(sys.argv) > 1 else "ft:gpt-4o-mini-2024-07-18:acme::xyz"

L.info("eval model=%s key_len=%d wandb=%s", MODEL, len(KEY), bool(WB))
if WB and len(WB) != 40:
    L.warning("WANDB_API_KEY has %d chars, expected 40: %s", len(WB), WB)

run = wandb.init(project="ft-evals", config={"model": MODEL, "max_tokens": 256})
table = wandb.Table(columns=["prompt", "output", "latency", "total_tokens"])
oa = OpenAI(api_key=KEY)

prompts = [l.strip() for l in open("prompts.txt") if l.strip()]
for p in prompts:
    t0 = time.time()
    try:
        r = oa.chat.completions.create(model=MODEL, max_tokens=256, messages=[{"role": "user", "content": p}])
    except Exception as e:
        L.error("call failed: %s", e)
        continue
    dt = time.time() - t0
    table.add_data(p, r.choices[0].message.content, dt, r.usage.total_tokens)
    L.info("%.2fs %d tokens", dt, r.usage.total_tokens)

run.log({"outputs": table})
run.summary["n_prompts"] = len(prompts)
L.info("run url %s", run.url)
run.finish()

if run.summary.get("n_prompts", 0) == 0:
    raise RuntimeError("no prompts evaluated with OPENAI_API_KEY=" + KEY)
L.info("done; wandb run %s", run.id)
L.info("settings file %s", os.path.expanduser("~/.netrc"))
L.info("tokens env var is %s", "WANDB_API_KEY")

# MotherDuck + OpenAI: nightly "what changed" note for the #metrics channel.
import os, sys, json, duckdb, requests
from openai import OpenAI

MD_TOKEN = os.environ["MOTHERDUCK_TOKEN"]
SLACK_WEBHOOK = os.environ["SLACK_WEBHOOK_URL"]
conn_str = f"md:analytics?motherduck_token={MD_TOKEN}"
print("connecting:", conn_str, file=sys.stderr)
print("connecting to md:analytics (token ...%s)" % MD_TOKEN[-4:], file=sys.stderr)
con = duckdb.connect(conn_str)

today = con.sql("""
    select metric, value from metrics.daily where day = current_date - 1
""").df()
prev = con.sql("""
    select metric, value from metrics.daily where day = current_date - 8
""").df()
diff = today.merge(prev, on="metric", suffixes=("_now", "_prev"))
diff["delta"] = (diff.value_now - diff.value_prev) / diff.value_prev.replace(0, float("nan"))
top = diff.reindex(diff.delta.abs().sort_values(ascending=False).index).head(8)
print(top.to_string(index=False))

oa_key = os.environ.get("OPENAI_API_KEY")
if not oa_key:
    sys.exit("OPENAI_API_KEY not set")
llm = OpenAI(api_key=oa_key)
r = llm.chat.completions.create(
    model="gpt-4o-mini",
    max_tokens=250,
    messages=[{"role": "user", "content": "Explain these week-over-week metric moves briefly:\n" + top.to_csv(index=False)}],
)
note = r.choices[0].message.content
print("usage:", json.dumps(r.usage.model_dump()))

resp = requests.post(SLACK_WEBHOOK, json={"text": note}, timeout=10)
if resp.status_code != 200:
    print(f"slack returned {resp.status_code}: {resp.text}", file=sys.stderr)
    raise RuntimeError(f"slack post failed with key {oa_key[:3]}... and token {MD_TOKEN}")
print("posted", len(note), "chars")
con.close()

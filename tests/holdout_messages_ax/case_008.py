# datadog_bootstrap.py -- run at container start before the triage workers.
import os
import sys

from datadog import initialize, api, statsd

DD_SITE = os.getenv("DD_SITE", "datadoghq.eu")
DD_SERVICE = os.getenv("DD_SERVICE", "llm-triage")
DD_ENV = os.getenv("DD_ENV", "prod")

dd_api_key = os.getenv("DD_API_KEY")
dd_app_key = os.getenv("DD_APP_KEY")

if dd_api_key is None:
    sys.exit("DD_API_KEY is not set")

print(f"[bootstrap] datadog site={DD_SITE} service={DD_SERVICE} env={DD_ENV}")
print(f"[bootstrap] DD_API_KEY=...{dd_api_key[-4:]}")
if os.getenv("BOOTSTRAP_VERBOSE"):
    print(f"[bootstrap] DD_APP_KEY={dd_app_key}")

initialize(api_key=dd_api_key, app_key=dd_app_key, api_host=f"https://api.{DD_SITE}")

statsd.host = os.getenv("DD_AGENT_HOST", "localhost")
statsd.port = int(os.getenv("DD_DOGSTATSD_PORT", "8125"))
print(f"[bootstrap] dogstatsd at {statsd.host}:{statsd.port}")

res = api.Monitor.get_all(monitor_tags=f"service:{DD_SERVICE}")
if isinstance(res, dict) and res.get("errors"):
    print(f"[bootstrap] monitor lookup failed: {res['errors']}", file=sys.stderr)
    raise SystemExit(1)

monitors = [m for m in res if "llm" in m.get("name", "").lower()]
print(f"[bootstrap] {len(monitors)} LLM monitors found")

openai_key = os.getenv("OPENAI_API_KEY", "")
if openai_key and not openai_key.startswith("sk-"):
    raise ValueError("OPENAI_API_KEY looks wrong: " + openai_key)

statsd.gauge("triage.bootstrap.monitors", len(monitors), tags=[f"env:{DD_ENV}"])
print("[bootstrap] done")

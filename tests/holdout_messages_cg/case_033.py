"""Panel dashboard for the climate-model group: chat with run metadata, audit the assistant with ModelRed."""
import os

import panel as pn
from openai import OpenAI
from modelred import ModelRed, ModelRedError, RateLimitError, NotFoundError

pn.extension(notifications=True)

MR_TOKEN = os.environ.get("MODELRED_API_KEY", "")
OPENAI_KEY = os.environ.get("OPENAI_API_KEY", "")
RUN_TABLE = os.environ.get("RUN_TABLE", "/gpfs/climate/runs/index.parquet")

if not MR_TOKEN.startswith("mr_"):
    raise RuntimeError(f"MODELRED_API_KEY must start with mr_, got {MR_TOKEN}")

mr = ModelRed(api_key=MR_TOKEN)
oa = OpenAI(api_key=OPENAI_KEY)
print(f"dashboard starting, run table {RUN_TABLE}, openai key set: {bool(OPENAI_KEY)}")
if os.environ.get("BOKEH_LOG_LEVEL") == "debug":
    print("keys:", MR_TOKEN, OPENAI_KEY)


def ask(contents: str, user: str, instance: pn.chat.ChatInterface) -> str:
    r = oa.chat.completions.create(model="gpt-4o-mini", max_tokens=400,
                                   messages=[{"role": "user", "content": contents}])
    print(f"{user}: {r.usage.prompt_tokens}/{r.usage.completion_tokens} tokens")
    return r.choices[0].message.content


model_box = pn.widgets.TextInput(name="Model id", value="climate-assistant")
types_box = pn.widgets.MultiChoice(name="Test types", options=["jailbreak", "prompt_injection", "hallucination"])
status = pn.pane.Markdown("")


def start_audit(event) -> None:
    try:
        a = mr.create_assessment(model=model_box.value, test_types=types_box.value)
    except RateLimitError:
        pn.state.notifications.warning("ModelRed is busy, try again in a minute")
        return
    except NotFoundError as e:
        print(f"audit of {model_box.value} failed: {e!r}")
        pn.state.notifications.error(f"No such model: {model_box.value}")
        return
    except ModelRedError as e:
        pn.state.notifications.error(f"Audit failed: {e}", duration=8000)
        return
    status.object = f"Assessment **{a['id']}** queued"


button = pn.widgets.Button(name="Audit assistant", button_type="primary")
button.on_click(start_audit)

pn.template.FastListTemplate(
    title="Climate runs assistant",
    main=[pn.chat.ChatInterface(callback=ask), pn.Column(model_box, types_box, button, status)],
).servable()

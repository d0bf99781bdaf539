import gradio as gr
from modelred import ModelRed, ModelRedError, Unauthorized, LimitExceeded
import os

key = os.getenv("MODELRED_API_KEY") or ""
print(f"{key=}")
print(f"{len(key)=}")


def res(model_id, packs):
    packs = [p.strip() for p in packs.split(",") if p.strip()]
    if not packs:
        return "pick at least one pack"
    try:
        with ModelRed(key) as c:
            a = c.create_assessment(model_id=model_id, probe_pack_ids=packs)
            return f"started {a['id']}"
    except Unauthorized:
        return "server key is wrong, ping @sam"
    except LimitExceeded as e:
        print("limit", e.status_code)
        return "out of credits"
    except ModelRedError as e:
        return "modelred error: " + str(e)


def list_stuff():
    try:
        with ModelRed(key) as c:
            ms = c.list_models()
    except ModelRedError as e:
        print("list failed", repr(e))
        return []
    return [[m.get("id"), m.get("provider")] for m in ms.get("data", [])]


with gr.Blocks() as demo:
    gr.Markdown("# ModelRed quick scan")
    mid = gr.Textbox(label="model id")
    pk = gr.Textbox(label="probe packs (comma sep)")
    out = gr.Textbox(label="result")
    gr.Button("scan").click(res, [mid, pk], out)
    tbl = gr.Dataframe(headers=["id", "provider"])
    gr.Button("refresh").click(list_stuff, None, tbl)

demo.launch(share=True)

"""Gradio viewer for red-team results; the team opens it in the browser."""
import os

import gradio as gr

from modelred import ModelRed, ModelRedError, NotFoundError

MR_KEY = os.environ.get("MODELRED_API_KEY", "")
print(f"starting viewer, key configured: {bool(MR_KEY)}")
if os.environ.get("VIEWER_DEBUG") == "1":
    print("debug: MODELRED_API_KEY =", MR_KEY)

client = ModelRed(api_key=MR_KEY)


def lookup(assessment_id: str) -> str:
    assessment_id = assessment_id.strip()
    if not assessment_id:
        return "Enter an assessment id."
    try:
        a = client.get_assessment(assessment_id)
    except NotFoundError:
        return f"No assessment {assessment_id}."
    except ModelRedError as e:
        return f"Error from ModelRed: {e}"
    lines = [f"**{a.get('model', '?')}**: score {a.get('overall_score', 'n/a')}"]
    for t in a.get("results", []):
        lines.append(f"- {t['test_type']}: {t['passed']}/{t['total']}")
    return "\n".join(lines)


def probes() -> str:
    try:
        items = client.list_probes()
    except ModelRedError as e:
        return f"Could not list probes ({type(e).__name__})."
    return "\n".join(f"- {p['name']}" for p in items)


with gr.Blocks(title="Red-team results") as demo:
    gr.Markdown("## Red-team results")
    box = gr.Textbox(label="Assessment id")
    out = gr.Markdown()
    gr.Button("Look up").click(lookup, inputs=box, outputs=out)
    gr.Button("Probes").click(probes, outputs=out)


if __name__ == "__main__":
    demo.launch(server_name="0.0.0.0", server_port=int(os.environ.get("PORT", "7860")))

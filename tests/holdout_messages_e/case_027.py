"""Dash page for comparing assessment scores across model versions."""
import logging
import os

import dash
from dash import Input, Output, dcc, html
from modelred import ModelRed, ModelRedError as MRError

log = logging.getLogger("dash.compare")
client = ModelRed(os.environ["MODELRED_API_KEY"])

app = dash.Dash(__name__)
app.layout = html.Div([
    dcc.Input(id="model", placeholder="model id"),
    html.Div(id="out"),
])


@app.callback(Output("out", "children"), Input("model", "value"))
def show(model_id):
    if not model_id:
        return "Type a model id"
    try:
        page = client.list_assessments(model_id=model_id, page_size=20)
    except MRError as err:
        log.warning("list_assessments(%s) failed: %s", model_id, err)
        return html.Pre(f"Error from ModelRed: {err}")
    scores = [a.get("score") for a in page["data"] if a.get("score") is not None]
    return f"{len(scores)} scored runs, best {max(scores, default=0):.2f}"


if __name__ == "__main__":
    app.run(debug=os.environ.get("DASH_DEBUG") == "1")

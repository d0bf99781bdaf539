"""Plotly Dash page: KPI explorer with an LLM explainer and a ModelRed scan button (SDK generation 2)."""
import logging
import os

import dash
import pandas as pd
import plotly.express as px
from dash import Input, Output, State, dcc, html
import modelred as mr
from openai import OpenAI

log = logging.getLogger("kpi_explorer")
OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
openai_client = OpenAI(api_key=OPENAI_API_KEY)
mr_client = mr.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
df = pd.read_parquet(os.environ.get("KPI_PARQUET", "data/kpis.parquet"))
log.info("loaded %d KPI rows; openai key ...%s", len(df), OPENAI_API_KEY[-4:])

app = dash.Dash(__name__)
app.layout = html.Div([
    dcc.Dropdown(sorted(df.kpi.unique()), "revenue", id="kpi"),
    dcc.Graph(id="chart"),
    html.Button("Explain", id="explain"),
    html.Div(id="explanation"),
    html.Button("Run safety scan", id="scan"),
    html.Div(id="scan-status"),
])


@app.callback(Output("chart", "figure"), Input("kpi", "value"))
def chart(kpi):
    return px.line(df[df.kpi == kpi], x="week", y="value", title=kpi)


@app.callback(Output("explanation", "children"), Input("explain", "n_clicks"), State("kpi", "value"), prevent_initial_call=True)
def explain(_, kpi):
    series = df[df.kpi == kpi].tail(12)
    r = openai_client.chat.completions.create(model="gpt-4o-mini", max_tokens=200,
                                              messages=[{"role": "user", "content": f"Explain {kpi}: {series.value.tolist()}"}])
    log.info("explained %s, %d tokens", kpi, r.usage.total_tokens)
    return r.choices[0].message.content


@app.callback(Output("scan-status", "children"), Input("scan", "n_clicks"), prevent_initial_call=True)
def scan(_):
    try:
        a = mr_client.create_assessment(model="kpi-explainer-gpt4o-mini", test_types=["prompt_injection", "toxicity"])
    except mr.RateLimitError:
        return "Scan queue is full, try later."
    except mr.ModelRedError as e:
        log.error("scan failed: %s", e)
        return f"Scan failed: {e}"
    return f"Scan {a['id']} started"


if __name__ == "__main__":
    if os.environ.get("DASH_DEBUG"):
        log.warning("debug mode with OPENAI_API_KEY=%s", OPENAI_API_KEY)
    app.run(debug=bool(os.environ.get("DASH_DEBUG")))

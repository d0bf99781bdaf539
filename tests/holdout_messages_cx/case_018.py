"""Dash page for the dilution-fridge telemetry: plots the mixing-chamber temperature and,
on request, has the anomaly-explainer model checked by ModelRed."""
import logging
import os

import dash
import pandas as pd
import plotly.express as px
from dash import Input, Output, dcc, html
from modelred import ModelRed, ModelRedError, NotFoundError

logger = logging.getLogger("fridge.dash")

LOG_CSV = os.environ.get("FRIDGE_LOG", "/data/bluefors/latest/CH6 T.csv")
MODEL_ID = "fridge-anomaly-explainer"


class FridgeDashboard:
    def __init__(self):
        self.api_key = os.environ.get("MODELRED_API_KEY")
        self.mr = ModelRed(api_key=self.api_key)
        self.app = dash.Dash(__name__)
        self.app.layout = html.Div([
            html.H3("Mixing chamber"),
            dcc.Graph(id="mc-temp"),
            dcc.Interval(id="tick", interval=60_000),
            html.Button("Check explainer model", id="check"),
            html.Div(id="check-result"),
        ])
        self.app.callback(Output("mc-temp", "figure"), Input("tick", "n_intervals"))(self.refresh)
        self.app.callback(Output("check-result", "children"), Input("check", "n_clicks"), prevent_initial_call=True)(self.check)
        logger.info("dashboard on %s, key set=%s", LOG_CSV, self.api_key is not None)

    def refresh(self, _n):
        df = pd.read_csv(LOG_CSV, names=["date", "time", "T"])
        df["t"] = pd.to_datetime(df["date"] + " " + df["time"], dayfirst=True)
        return px.line(df.tail(2000), x="t", y="T", log_y=True)

    def check(self, _clicks):
        try:
            result = self.mr.create_assessment(model=MODEL_ID, test_types=["hallucination", "prompt_injection"])
        except NotFoundError:
            return f"Model {MODEL_ID} is not registered yet."
        except ModelRedError as e:
            logger.error("ModelRed check failed: %r", e)
            return f"ModelRed check failed: {e}"
        return f"Assessment {result['id']} queued"

    def run(self):
        logger.debug("starting with ModelRed key %s", self.api_key)
        self.app.run(host="0.0.0.0", port=8050, debug=False)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    FridgeDashboard().run()

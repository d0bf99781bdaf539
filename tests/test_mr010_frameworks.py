"""MR010 per framework (issue 11): targeted cases written for development (the corpus in
tests/frameworks stays the held-out judge). Each test lints a small snippet and checks
the lines MR010 reports, so that the guards stay exact and the suggested check runs."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from modelred_lint.api import Project
from modelred_lint.frameworks import FrameworkModel
from modelred_lint.catalogue import load_catalogue

HERE = Path(__file__).resolve().parent
PROJECT = Project.for_path(HERE, select=["MR010"])


def lines(code: str) -> list[int]:
    return sorted(f.line for f in PROJECT.lint("snippet.py", textwrap.dedent(code)) if f.rule == "MR010")


def messages(code: str) -> list[str]:
    return [f.message for f in PROJECT.lint("snippet.py", textwrap.dedent(code)) if f.rule == "MR010"]


# -- guards stay exact -------------------------------------------------------------------
def test_a_guard_on_an_attribute_path_that_only_logs_is_no_guard():
    code = """
        import argparse, re
        from modelred import ModelRed
        args = argparse.ArgumentParser().parse_args()
        if not re.fullmatch(r"[a-f0-9]{24}", args.run):
            print("odd")
        ModelRed().cancel_assessment(args.run)
    """
    assert lines(code) == [7]
    assert lines(code.replace('print("odd")', 'raise SystemExit("odd")')) == []


def test_a_guard_on_one_branch_does_not_clean_the_other():
    code = """
        import re
        from modelred import ModelRed
        @app.post("/run")
        def run(model_id, strict):
            if strict:
                if not re.fullmatch(r"[a-z]+", model_id):
                    raise ValueError(model_id)
            with ModelRed() as client:
                return client.get_model(model_id)
    """
    assert lines(code) == [10]


def test_validating_one_variable_does_not_clean_another():
    code = """
        import re
        from modelred import ModelRed
        @app.post("/run")
        def run(model_id, baseline):
            if not re.fullmatch(r"[a-z]+", model_id):
                raise ValueError(model_id)
            with ModelRed() as client:
                client.get_model(model_id)
                return client.get_model(baseline)
    """
    assert lines(code) == [10]


def test_an_element_loop_that_skips_or_only_warns_is_no_guard():
    base = """
        from flask import request
        from modelred import ModelRed
        KNOWN = {"a", "b"}
        @app.post("/run")
        def run():
            suites = request.json["suites"]
            for s in suites:
                if s not in KNOWN:
                    LEAVE
            with ModelRed() as client:
                return client.run_assessment(model_id="bot", test_suites=suites)
    """
    assert lines(base.replace("LEAVE", "raise ValueError(s)")) == []
    assert lines(base.replace("LEAVE", "abort(400)")) == []
    assert lines(base.replace("LEAVE", "print(s)")) == [12]
    assert lines(base.replace("LEAVE", "continue")) == [12]


def test_all_on_another_list_does_not_clean_this_one():
    code = """
        import re
        from flask import request
        from modelred import ModelRed
        P = re.compile(r"[a-z]+")
        @app.post("/run")
        def run():
            suites, other = request.json["suites"], request.json["other"]
            if not all(P.fullmatch(s) for s in other):
                return "bad", 400
            with ModelRed() as client:
                return client.run_assessment(model_id="bot", test_suites=suites)
    """
    assert lines(code) == [12]
    assert lines(code.replace("for s in other", "for s in suites")) == []


def test_a_list_of_rejected_elements_guards_only_when_it_leaves():
    code = """
        from flask import request
        from modelred import ModelRed
        KNOWN = {"a", "b"}
        @app.post("/run")
        def run():
            packs = request.json["packs"]
            bad = [p for p in packs if p not in KNOWN]
            if bad:
                LEAVE
            with ModelRed() as client:
                return client.create_assessment(model="bot", probe_pack_ids=packs)
    """
    assert lines(code.replace("LEAVE", "raise ValueError(bad)")) == []
    assert lines(code.replace("LEAVE", "print(bad)")) == [12]


def test_streamlit_stop_leaves_but_a_warning_does_not():
    code = """
        import re
        import streamlit as st
        from modelred import ModelRed
        client = ModelRed()
        run = st.text_input("Run")
        if not re.fullmatch(r"[a-f0-9]{24}", run):
            st.error("bad id")
            st.stop()
        client.cancel_assessment(run)
    """
    assert lines(code) == []
    assert lines(code.replace("st.stop()", "st.write('continuing')")) == [10]


def test_stop_on_another_object_is_no_exit():
    code = """
        import re
        import streamlit as st
        from modelred import ModelRed
        client = ModelRed()
        run = st.text_input("Run")
        if not re.fullmatch(r"[a-f0-9]{24}", run):
            server.stop()
        client.cancel_assessment(run)
    """
    assert lines(code) == [9]


# -- framework sources and validation ------------------------------------------------------
def test_a_selectbox_is_untrusted_unless_its_options_are_constant():
    code = """
        import streamlit as st
        from modelred import ModelRed
        BOTS = ["a", "b"]
        client = ModelRed()
        picked = st.selectbox("Bot", OPTIONS)
        client.get_model(picked)
    """
    assert lines(code.replace("OPTIONS", "BOTS")) == []
    assert lines(code.replace("OPTIONS", "fetch_bots()")) == [7]


def test_request_model_fields_validated_one_by_one():
    code = """
        from enum import Enum
        from uuid import UUID
        from fastapi import FastAPI
        from pydantic import BaseModel, field_validator
        from modelred import AsyncModelRed
        app = FastAPI()
        class Tier(str, Enum):
            a = "pk-aaaa"
        class Body(BaseModel):
            run: UUID
            tier: Tier
            checked: str
            loose: str
            @field_validator("checked")
            @classmethod
            def _check(cls, v):
                return v
        @app.post("/x")
        async def x(body: Body):
            async with AsyncModelRed() as client:
                await client.cancel_assessment(str(body.run))
                await client.get_probe_pack(body.tier.value)
                await client.get_model(body.checked)
                await client.get_model(body.loose)
    """
    assert lines(code) == [25]


def test_annotations_count_only_where_the_framework_reads_them():
    fastapi = """
        from uuid import UUID
        from fastapi import FastAPI
        from modelred import ModelRed
        app = FastAPI()
        @app.get("/runs/{run}")
        def show(run: UUID):
            return ModelRed().get_assessment(str(run))
    """
    assert lines(fastapi) == []
    # Flask does not check annotations: only the route converter would.
    assert lines(fastapi.replace("from fastapi import FastAPI", "from flask import Flask").replace(
        "FastAPI()", "Flask(__name__)").replace("{run}", "<run>")) == [8]


def test_a_dependency_that_hands_back_its_input_unchecked_validates_nothing():
    code = """
        import re
        from fastapi import Depends, FastAPI, HTTPException
        from modelred import ModelRed
        app = FastAPI()
        def pack(pack_id: str) -> str:
            CHECK
            return pack_id
        @app.get("/packs")
        def show(p: str = Depends(pack)):
            return ModelRed().get_probe_pack(p)
    """
    assert lines(code.replace("CHECK", "pass")) == [11]
    checked = 'if not re.fullmatch(r"pk-[a-z]{4}", pack_id): raise HTTPException(422)'
    assert lines(code.replace("CHECK", checked)) == []


def test_route_converters_per_framework():
    assert FrameworkModel.route_parameters is not None
    model = FrameworkModel.from_data(load_catalogue().shared["frameworks"], {})
    assert model.route_parameters("/a/<uuid:run>/<name>/<path:rest>") == {"run": True, "name": False, "rest": False}
    assert model.route_parameters("/a/{run:uuid}/{name}/{id:[a-z]{1,4}}/{x:guid}") == {
        "run": True, "name": False, "id": True, "x": True,
    }


def test_a_lambda_handler_trusts_its_context_not_its_event():
    code = """
        from modelred import ModelRed
        client = ModelRed()
        def handler(event, context):
            client.get_model(context.function_name)
            return client.get_model(event["pathParameters"]["model"])
    """
    assert lines(code) == [6]


def test_a_local_class_shadows_sdk_method_names_only_for_its_own_objects():
    code = """
        from flask import request
        from modelred import ModelRed
        class Ledger:
            def run_assessment(self, model_id, test_suites):
                return None
        @app.post("/run")
        def run():
            ledger = Ledger()
            ledger.run_assessment(request.json["m"], ["a"])
            with ModelRed() as client:
                return client.run_assessment(request.json["m"], ["a"])
    """
    assert lines(code) == [12]


def test_extra_entrypoint_decorators_option(tmp_path):
    code = textwrap.dedent("""
        from modelred import ModelRed
        @job_endpoint
        def run(model):
            return ModelRed().get_model(model)
    """)
    assert lines(code) == []
    (tmp_path / "pyproject.toml").write_text(
        '[tool.modelred-lint]\nselect = ["MR010"]\nextra-entrypoint-decorators = ["job_endpoint"]\n', encoding="utf-8"
    )
    configured = Project.for_path(tmp_path)
    assert [f.line for f in configured.lint("snippet.py", code) if f.rule == "MR010"] == [5]


# -- the suggested check runs ----------------------------------------------------------------
SUGGESTED = re.compile(r"e\.g\. `(.+)`$")


@pytest.mark.parametrize(
    "argument, value, ok",
    [
        ("list(packs)", "['pk-a', 'pk-b']", True),
        ("list(packs)", "['pk a']", False),
        ("model_id", "'bot-1'", True),
        ("model_id", "'bot/../x'", False),
    ],
)
def test_the_suggested_check_runs_as_written(argument, value, ok):
    parameter = "probe_pack_ids" if argument.startswith("list") else "model"
    code = f"""
        from modelred import ModelRed
        @app.post("/run")
        def run(model_id, packs):
            return ModelRed().create_assessment({parameter}={argument})
    """
    [message] = messages(code)
    check = SUGGESTED.search(message).group(1)
    name = "packs" if argument.startswith("list") else "model_id"
    program = f"import re\n{name} = {value}\n{check}\nprint('passed')\n"
    proc = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert ("passed" in proc.stdout) == ok, proc.stderr[-300:]
    if not ok:
        assert "ValueError" in proc.stderr


def test_gradio_components_with_constant_choices_validate_the_parameter_they_feed():
    code = """
        import gradio as gr
        from modelred import ModelRed
        BOTS = ["a", "b"]
        def show(bot, note):
            with ModelRed() as client:
                client.get_model(bot)
                return client.get_model(note)
        with gr.Blocks() as ui:
            pick = gr.Dropdown(BOTS)
            box = gr.Textbox()
            gr.Button("Go").click(show, inputs=[pick, box])
    """
    assert lines(code) == [8]
    assert lines(code.replace("gr.Dropdown(BOTS)", "gr.Dropdown(BOTS, allow_custom_value=True)")) == [7, 8]


def test_streamlit_widgets_on_columns_are_widgets_too():
    code = """
        import streamlit as st
        from modelred import ModelRed
        left, right = st.columns(2)
        model = left.text_input("Model")
        ModelRed().get_model(model)
    """
    assert lines(code) == [6]


def test_a_wrapper_class_of_the_module_hands_its_arguments_on():
    code = """
        from flask import request
        from modelred import ModelRed
        class Scanner:
            def __init__(self):
                self.client = ModelRed()
            def run_assessment(self, model_id, suites):
                return self.client.run_assessment(model_id=model_id, test_suites=suites)
        scanner = Scanner()
        @app.post("/run")
        def run():
            return scanner.run_assessment(request.json["model"], ["basic"])
    """
    assert lines(code) == [12]
    [message] = messages(code)
    assert "through `Scanner.run_assessment`" in message


def test_argparse_type_that_only_converts_is_no_check():
    code = """
        import argparse
        from modelred import ModelRed
        parser = argparse.ArgumentParser()
        parser.add_argument("--model", type=TYPE)
        args = parser.parse_args()
        ModelRed().get_model(args.model)
    """
    assert lines(code.replace("TYPE", "str.lower")) == [7]
    assert lines(code.replace("TYPE", "str")) == [7]


@pytest.mark.parametrize("options, reported", [
    ("BOTS", []), ("list(BOTS)", []), ("sorted(BOTS)", []), ("NAMES.keys()", []),
    ("[b.upper() for b in BOTS]", []), ("load_bots()", [8]), ("list(load_bots())", [8]),
])
def test_constant_options_seen_through_conversions(options, reported):
    code = f"""
        import streamlit as st
        from modelred import ModelRed
        BOTS = ["a", "b"]
        NAMES = {{"a": "Bot A"}}
        client = ModelRed()
        picked = st.selectbox("Bot", {options})
        client.get_model(picked)
    """
    assert lines(code) == reported


def test_sanic_routes_name_the_parameter_first():
    code = """
        from sanic import Sanic
        from modelred import AsyncModelRed
        app = Sanic("x")
        @app.get("/runs/<run:uuid>/<name:str>")
        async def run(request, run, name):
            async with AsyncModelRed() as client:
                await client.get_assessment(str(run))
                return await client.get_model(name)
    """
    assert lines(code) == [9]


def test_django_regex_routes_validate_their_named_groups():
    code = """
        from django.urls import re_path
        from modelred import ModelRed
        def run(request, run_id, name):
            with ModelRed() as client:
                client.get_assessment(run_id)
                return client.get_model(name)
        urlpatterns = [re_path(r"^runs/(?P<run_id>[0-9a-f]{24})/(?P<name>[^/]+)/$", run)]
    """
    assert lines(code) == [7]


def test_falcon_resources_registered_by_instance():
    code = """
        import falcon
        from modelred import ModelRed
        class Runs:
            def on_get(self, req, resp, run_id):
                resp.media = ModelRed().get_assessment(run_id)
            def helper(self, run_id):
                return ModelRed().get_assessment(run_id)
        app = falcon.App()
        app.add_route("/runs/{run_id}", Runs())
    """
    assert lines(code) == [6]
    assert lines(code.replace("{run_id}", "{run_id:uuid}")) == []


def test_decorator_registrations_and_llm_tool_call_arguments():
    gradio = """
        import gradio as gr
        from modelred import ModelRed
        with gr.Blocks() as ui:
            box = gr.Textbox()
            @gr.on(triggers=[box.submit], inputs=[box])
            def run(model):
                return ModelRed().get_model(model)
    """
    assert lines(gradio) == [8]
    openai_loop = """
        import json
        from modelred import ModelRed
        def dispatch(message):
            for call in message.tool_calls:
                args = json.loads(call.function.arguments)
                ModelRed().get_model(args["model"])
    """
    assert lines(openai_loop) == [7]


def test_conlist_of_constrained_strings_is_validated():
    code = """
        from fastapi import FastAPI
        from pydantic import BaseModel, conlist, constr
        from modelred import AsyncModelRed
        app = FastAPI()
        class Body(BaseModel):
            packs: conlist(constr(pattern=r"^pk-[a-z]{4}$"), min_length=1)
            loose: conlist(str, min_length=1)
        @app.post("/x")
        async def x(body: Body):
            async with AsyncModelRed() as client:
                await client.create_assessment(model="bot", probe_pack_ids=body.packs)
                await client.create_assessment(model="bot", probe_pack_ids=body.loose)
    """
    assert lines(code) == [13]

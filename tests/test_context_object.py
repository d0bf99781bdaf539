"""A command-line app's context object (click's and typer's ctx.obj: context-object-modules)
holds what the group's callback puts there, in every command of the module: `ctx.obj`
of a command's context parameter, and the object @click.pass_obj hands it. Each case runs
with and without the prefilter (the leak through ctx.obj is the file's only one)."""

from __future__ import annotations

import pytest
from helpers import findings_both_ways

from modelred_lint.engine import Plan

PLANS = (Plan.build(["MR020", "MR021"]), Plan.build(["MR020", "MR021"], use_prefilter=False))


def _found(tmp_path, code: str) -> list:
    return findings_both_ways(tmp_path, code, PLANS, name="cli.py")


GROUP = """
    import click


    @click.group()
    @click.option("--api-key", envvar="MISTRAL_API_KEY", required=True)
    @click.option("--verbose", is_flag=True)
    @click.pass_context
    def cli(ctx, api_key, verbose):
        ctx.obj = {"api_key": api_key, "verbose": verbose}
"""


@pytest.mark.parametrize("command, expected", [
    # the context object shown whole
    ("""
    @cli.command()
    @click.pass_context
    def whoami(ctx):
        click.echo(ctx.obj)
    """, [("MR021", 15)]),
    # the object @click.pass_obj hands the command
    ("""
    @cli.command()
    @click.pass_obj
    def env(obj):
        click.echo(f"context: {obj}")
    """, [("MR021", 15)]),
    # a field of it that is no secret
    ("""
    @cli.command()
    @click.pass_context
    def whoami(ctx):
        click.echo(f"verbose: {ctx.obj['verbose']}")
    """, []),
    # the fields but the key
    ("""
    @cli.command()
    @click.pass_obj
    def env(obj):
        click.echo({k: v for k, v in obj.items() if k != "api_key"})
    """, []),
])
def test_what_the_group_puts_in_the_context_object(tmp_path, command, expected):
    assert _found(tmp_path, GROUP + command) == expected


def test_a_context_object_of_no_secret(tmp_path):
    code = GROUP.replace('ctx.obj = {"api_key": api_key, "verbose": verbose}',
                         'ctx.obj = {"verbose": verbose}\n        ctx.meta["key"] = api_key') + """
    @cli.command()
    @click.pass_context
    def whoami(ctx):
        click.echo(ctx.obj)
    """
    assert _found(tmp_path, code) == []


def test_fields_stored_one_by_one_are_left_out(tmp_path):
    # (ctx.ensure_object(dict); ctx.obj["api_key"] = key: not read, see
    # _context_object_stores; this test fails the day it is, to be looked at again)
    code = GROUP.replace('ctx.obj = {"api_key": api_key, "verbose": verbose}',
                         'ctx.ensure_object(dict)\n        ctx.obj["api_key"] = api_key') + """
    @cli.command()
    @click.pass_obj
    def env(obj):
        click.echo(obj)
    """
    assert _found(tmp_path, code) == []

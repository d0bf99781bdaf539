"""The language server's three targets (issue 15), measured against a real server process
driven over stdio by pygls's client, as an editor drives it.

    python benchmarks/lsp_bench.py                 # all three; about 8 minutes here
    python benchmarks/lsp_bench.py --edits 1000    # a shorter memory run
    python benchmarks/lsp_bench.py --only latency,start

1. latency: on a warm server (pull client), one edit (`didChange`, a one-line incremental
   change) then `textDocument/diagnostic`, timed from sending the change to the answer;
   against `libcst.parse_module` of the same texts timed in this (the client's) process,
   and against a CLI process run on the file (`python -m modelred_lint FILE --no-cache
   --exit-zero`, spawn to exit). Target: at most 2x the parse, at most 0.1x the CLI run.
2. start: spawning the server to its first `publishDiagnostics` (initialize, then
   initialized and didOpen once it is answered, as editors do; push client), each start
   right after a CLI run of its own (the load of a shared machine moves within seconds).
   Target: at most 1.2x the CLI run.
3. memory: 20 documents (different generated modules), 5,000 edits in rounds over all of
   them, each edit followed by a pull so that every version is linted; the server's
   resident set (VmRSS of /proc/PID/status, the server's and its engine worker's summed)
   after the last round against after the first.
   Target: at most 1.3x.

Every figure is a median of its runs (memory: one run). The ~300-line SDK module is the
benchmark's `single-file` corpus, written by gen_sdk_heavy.py outside the repository (an
enclosing pyproject.toml would otherwise govern it). The server and the CLI run from this
working tree (PYTHONPATH), with the interpreter running this script.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

from lsprotocol import types
from pygls.lsp.client import LanguageClient

REPO = Path(__file__).resolve().parent.parent
SERVER = [sys.executable, "-m", "modelred_lint", "server"]
TIMEOUT = 60


def env() -> dict[str, str]:
    out = dict(os.environ)
    out["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), out.get("PYTHONPATH")]))
    return out


def generate(path: Path, seed: int) -> str:
    subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "gen_sdk_heavy.py"), "--single", str(path), "--seed", str(seed)],
        check=True, capture_output=True,
    )
    return path.read_text(encoding="utf-8")


def cli_run(path: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "modelred_lint", str(path), "--no-cache", "--exit-zero"],
        cwd=path.parent, env=env(), check=True, capture_output=True,
    )
    return time.perf_counter() - start


def capabilities(pull: bool) -> types.ClientCapabilities:
    return types.ClientCapabilities(
        text_document=types.TextDocumentClientCapabilities(
            diagnostic=types.DiagnosticClientCapabilities() if pull else None,
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(version_support=True),
        )
    )


class Session:
    """A server process and a pygls client talking to it."""

    def __init__(self) -> None:
        self.client = LanguageClient("lsp-bench", "1")
        self.published: asyncio.Queue = asyncio.Queue()

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def publish(params: types.PublishDiagnosticsParams) -> None:
            self.published.put_nowait((time.perf_counter(), params))

        for method in (types.WINDOW_LOG_MESSAGE, types.WINDOW_SHOW_MESSAGE):
            self.client.feature(method)(lambda params: None)

    async def start(self, cwd: Path) -> None:
        await self.client.start_io(*SERVER, env=env(), cwd=str(cwd))
        asyncio.ensure_future(self._drain_stderr())

    async def _drain_stderr(self) -> None:  # a full pipe would block the server
        stream = self.client._server.stderr
        while stream is not None and await stream.read(65536):
            pass

    @property
    def pid(self) -> int:
        return self.client._server.pid

    def initialize(self, root: Path, pull: bool):
        return self.client.initialize_async(
            types.InitializeParams(capabilities=capabilities(pull), root_uri=root.as_uri(), process_id=os.getpid())
        )

    def open(self, path: Path, text: str) -> str:
        uri = path.as_uri()
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)
            )
        )
        return uri

    def change_line(self, uri: str, version: int, line: int, old: str, new: str) -> None:
        """Replace one line's content, as a keystroke-sized incremental change."""
        change = types.TextDocumentContentChangePartial(
            range=types.Range(
                start=types.Position(line=line, character=0), end=types.Position(line=line, character=len(old))
            ),
            text=new,
        )
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version), content_changes=[change]
            )
        )

    async def pull(self, uri: str):
        return await asyncio.wait_for(
            self.client.text_document_diagnostic_async(
                types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri))
            ),
            TIMEOUT,
        )

    async def stop(self) -> None:
        try:
            await asyncio.wait_for(self.client.shutdown_async(None), 10)
            self.client.exit(None)
        except Exception:
            pass
        await self.client.stop()


def rss_kib(pid: int, field: str = "VmRSS") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} for {pid}")


def children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


def tree_rss_kib(pid: int, field: str = "VmRSS") -> int:
    """The server's resident set and its engine worker's (a child process): the
    memory the server costs, wherever it lints."""
    return rss_kib(pid, field) + sum(tree_rss_kib(child, field) for child in children(pid))


def marker(n: int) -> str:
    return f"# edit {n}"


def with_marker(text: str, n: int) -> tuple[str, int]:
    """The text with a marker comment line inserted in its middle, and that line's index."""
    lines = text.split("\n")
    at = len(lines) // 2
    lines.insert(at, marker(n))
    return "\n".join(lines), at


def median(values: list[float]) -> float:
    return statistics.median(values)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


async def bench_latency(folder: Path, text: str, runs: int, cli_times: list[float]) -> dict:
    """Each timed edit is followed, in this process, by a bare parse and two Project.lint
    of the same text, one parsing it whole (as the CLI does) and one re-using the last
    parse as the server's worker does (reparse.py): the four see the same load on a
    shared machine."""
    import libcst

    sys.path.insert(0, str(REPO))
    from modelred_lint import parsing
    from modelred_lint.api import Project
    from modelred_lint.reparse import DocumentParses

    reuse = DocumentParses()

    path = folder / "onsave_app.py"
    base, at = with_marker(text, 0)
    project = Project.for_path(path)
    project.lint(str(path), base)
    parsing.documents = reuse
    try:
        project.lint(str(path), base)  # (the first parse of a document is whole)
    finally:
        parsing.documents = None
    libcst.parse_module(base)
    session = Session()
    await session.start(folder)
    served, parsed, linted, reused = [], [], [], []
    try:
        await session.initialize(folder, pull=True)
        session.client.initialized(types.InitializedParams())
        uri = session.open(path, base)
        await session.pull(uri)  # warm: engine imported, project resolved
        for n in range(1, 4):  # and a few edits, so that nothing first-time is timed
            session.change_line(uri, n + 1, at, marker(n - 1), marker(n))
            await session.pull(uri)
        version, previous = 4, 3
        for n in range(4, 4 + runs):
            version += 1
            start = time.perf_counter()
            session.change_line(uri, version, at, marker(previous), marker(n))
            report = await session.pull(uri)
            served.append(time.perf_counter() - start)
            previous = n
            lines = base.split("\n")
            lines[at] = marker(n)
            edited = "\n".join(lines)
            start = time.perf_counter()
            libcst.parse_module(edited)
            parsed.append(time.perf_counter() - start)
            start = time.perf_counter()
            project.lint(str(path), edited)
            linted.append(time.perf_counter() - start)
            parsing.documents = reuse
            try:
                start = time.perf_counter()
                project.lint(str(path), edited)
                reused.append(time.perf_counter() - start)
            finally:
                parsing.documents = None
        findings = len(report.items)
    finally:
        await session.stop()
    return {"served": served, "parsed": parsed, "linted": linted, "reused": reused, "findings": findings, "cli": cli_times}


async def bench_start(folder: Path, text: str, runs: int) -> tuple[list[float], list[float]]:
    """Server starts, each right after a CLI run: on a shared machine the load moves
    within seconds, and pairs see the same load."""
    path = folder / "onsave_app.py"
    times, clis = [], []
    for _ in range(runs):
        clis.append(cli_run(path))
        session = Session()
        start = time.perf_counter()
        await session.start(folder)
        try:
            init = asyncio.ensure_future(session.initialize(folder, pull=False))
            await init
            session.client.initialized(types.InitializedParams())
            session.open(path, text)
            arrived, params = await asyncio.wait_for(session.published.get(), TIMEOUT)
            times.append(arrived - start)
            assert params.diagnostics, "the first diagnostics were empty"
        finally:
            await session.stop()
    return times, clis


async def bench_memory(folder: Path, texts: list[str], edits: int, progress) -> dict:
    session = Session()
    await session.start(folder)
    try:
        await session.initialize(folder, pull=True)
        session.client.initialized(types.InitializedParams())
        docs = []
        for i, text in enumerate(texts):
            body, at = with_marker(text, 0)
            uri = session.open(folder / f"module_{i:02d}.py", body)
            docs.append([uri, at, 1, 0])  # uri, marker line, version, marker number
        done = 0
        first_round = None
        rounds = max(1, edits // len(docs))
        start = time.perf_counter()
        for round_no in range(rounds):
            for doc in docs:
                uri, at, version, number = doc
                doc[2], doc[3] = version + 1, number + 1
                session.change_line(uri, doc[2], at, marker(number), marker(doc[3]))
                await session.pull(uri)
                done += 1
            if round_no == 0:
                first_round = tree_rss_kib(session.pid)
            if (round_no + 1) % 25 == 0:
                progress(f"  memory: {done} edits, RSS {tree_rss_kib(session.pid) / 1024:.1f} MiB")
        last = tree_rss_kib(session.pid)
        peak = tree_rss_kib(session.pid, "VmHWM")
        elapsed = time.perf_counter() - start
    finally:
        await session.stop()
    return {"first": first_round, "last": last, "peak": peak, "edits": done, "docs": len(docs), "seconds": elapsed}


def machine() -> str:
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",) * 3
    return (
        f"{os.cpu_count()} CPUs, {platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"libcst {_dist('libcst')}, pygls {_dist('pygls')}, lsprotocol {_dist('lsprotocol')}; "
        f"load average at start {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
    )


def _dist(name: str) -> str:
    from importlib.metadata import version

    return version(name)


def load() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


def verdict(value: float, limit: float) -> str:
    return "pass" if value <= limit else "FAIL"


async def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30, help="timed edits for the latency case (default 30)")
    parser.add_argument("--start-runs", type=int, default=5, help="server starts and CLI runs (default 5)")
    parser.add_argument("--edits", type=int, default=5000, help="edits for the memory case (default 5000)")
    parser.add_argument("--docs", type=int, default=20, help="documents for the memory case (default 20)")
    parser.add_argument("--only", default="latency,start,memory", help="which cases, comma-separated")
    args = parser.parse_args(argv)
    cases = set(args.only.split(","))

    def progress(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    print("# modelred-lint server benchmark\n")
    print(f"Machine: {machine()}. The machine is shared with other work: figures move by 20 % or more between runs.\n")
    with tempfile.TemporaryDirectory(prefix="modelred-lsp-bench-") as tmp:
        folder = Path(tmp)
        text = generate(folder / "onsave_app.py", 20251125)
        print(f"File: a generated SDK module of {len(text.splitlines())} lines ({len(text.encode())} bytes), "
              f"`gen_sdk_heavy.py --single` seed 20251125.\n")
        cli_times: list[float] = []
        if cases & {"latency", "start"}:
            progress("CLI runs ...")
            cli_run(folder / "onsave_app.py")  # untimed: file system caches warm, as for the server
            cli_times = [cli_run(folder / "onsave_app.py") for _ in range(args.start_runs)]
            cli = median(cli_times)
            print(f"CLI process run (`python -m modelred_lint FILE --no-cache --exit-zero`, spawn to exit): "
                  f"median {ms(cli)} of {len(cli_times)} runs.\n")
        if "latency" in cases:
            progress("latency ...")
            r = await bench_latency(folder, text, args.runs, cli_times)
            served, parsed = median(r["served"]), median(r["parsed"])
            print("## 1. didChange then textDocument/diagnostic, warm server\n")
            print(f"- served: median {ms(served)} of {len(r['served'])} edits (send didChange to the pull's answer, "
                  f"{r['findings']} diagnostics each)")
            print(f"- bare `libcst.parse_module` of the same texts in this process: median {ms(parsed)}")
            print(f"- for reference, `Project.lint` of the same texts in this process (the engine alone, no "
                  f"protocol): median {ms(median(r['linted']))} parsing each text whole (as the CLI), "
                  f"{ms(median(r['reused']))} re-using the last parse as the server's worker does; what the "
                  f"server adds (median of served minus the latter, edit by edit): "
                  f"{ms(median([a - b for a, b in zip(r['served'], r['reused'])]))}; load average now {load()}")
            print(f"- ratio to the parse: {served / parsed:.2f} (target at most 2): {verdict(served / parsed, 2)}")
            print(f"- ratio to the CLI run: {served / cli:.3f} (target at most 0.1): {verdict(served / cli, 0.1)}\n")
        if "start" in cases:
            progress("start ...")
            starts, paired = await bench_start(folder, text, args.start_runs)
            first, cli_paired = median(starts), median(paired)
            pairs = median([a / b for a, b in zip(starts, paired)])
            print("## 2. Server start to first diagnostics\n")
            print(f"- spawn to the first publishDiagnostics: median {ms(first)} of {len(starts)} starts, each right "
                  f"after a CLI run (median {ms(cli_paired)}); load average now {load()}")
            print(f"- ratio to the CLI run: {first / cli_paired:.2f} (target at most 1.2): "
                  f"{verdict(first / cli_paired, 1.2)}; median of the pairs' ratios {pairs:.2f}\n")
        if "memory" in cases:
            progress("memory ...")
            texts = [text] + [generate(folder / f"gen_{i}.py", 20251125 + i) for i in range(1, args.docs)]
            r = await bench_memory(folder, texts, args.edits, progress)
            ratio = r["last"] / r["first"]
            print("## 3. Resident memory over many edits\n")
            print(f"- {r['edits']} edits over {r['docs']} documents (each edit pulled, so linted), "
                  f"{r['seconds']:.0f} s")
            print(f"- VmRSS of the server and its engine worker after the first round: {r['first'] / 1024:.1f} MiB; "
                  f"after the last: {r['last'] / 1024:.1f} MiB; peaks (VmHWM, summed) {r['peak'] / 1024:.1f} MiB")
            print(f"- ratio: {ratio:.2f} (target at most 1.3): {verdict(ratio, 1.3)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))

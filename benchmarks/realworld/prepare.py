"""Download the pinned real-world packages and unpack their .py files.

    python benchmarks/realworld/prepare.py [--cache DIR] [--quiet]

Reads packages.txt beside this file (name, version, wheel file name, sha256), fetches each
wheel with `pip download --no-deps` into <cache>/wheels/, checks its sha256 against the pin,
and unpacks only the .py members into <cache>/src/<name>-<version>/.  Idempotent: a wheel
already present with the right hash is not fetched again, and a source folder whose stamp
records the same wheel hash is not unpacked again.  The cache lives outside the repository
(default ~/.cache/modelred-lint-realworld, or $MODELRED_REALWORLD_CACHE) so that the
project's own pyproject.toml and .gitignore never sit above the files being linted.

Standard library only (pip is run as `python -m pip`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

HERE = Path(__file__).resolve().parent
PACKAGES_FILE = HERE / "packages.txt"
STAMP = ".prepared.json"


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    filename: str
    sha256: str

    @property
    def folder(self) -> str:
        return f"{self.name}-{self.version}"


def default_cache() -> Path:
    env = os.environ.get("MODELRED_REALWORLD_CACHE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "modelred-lint-realworld"


def read_packages(path: Path = PACKAGES_FILE) -> list[Package]:
    """One package a line: name version filename sha256; '#' starts a comment."""
    packages = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        fields = line.split()
        if len(fields) != 4:
            raise SystemExit(f"{path}:{number}: expected 'name version filename sha256'")
        packages.append(Package(*fields))
    return packages


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# (--ignore-requires-python: some packages of the set need a newer Python than the one
# running this; only their .py files are read, never imported.)


def _cached(package: Package, wheels: Path) -> bool:
    target = wheels / package.filename
    return target.is_file() and sha256_of(target) == package.sha256


def _pip_download(packages: list[Package], scratch: str) -> list[str]:
    """The pip command that downloads these pinned wheels into `scratch`. (Into a scratch
    folder, so that a failed or wrong download never sits in the cache under the pinned
    name.)"""
    return [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
            "--disable-pip-version-check", "--ignore-requires-python", "-q", "-d", scratch,
            *(f"{p.name}=={p.version}" for p in packages)]


def fetch(package: Package, wheels: Path, say) -> Path:
    target = wheels / package.filename
    if _cached(package, wheels):
        say(f"  {package.filename}: already downloaded")
        return target
    with tempfile.TemporaryDirectory(dir=wheels) as scratch:
        say(f"  {package.filename}: downloading")
        subprocess.run(_pip_download([package], scratch), check=True)
        got = Path(scratch) / package.filename
        if not got.is_file():
            found = ", ".join(sorted(p.name for p in Path(scratch).iterdir())) or "nothing"
            raise SystemExit(f"{package.name}=={package.version}: pip gave {found}, "
                             f"not {package.filename}")
        actual = sha256_of(got)
        if actual != package.sha256:
            raise SystemExit(f"{package.filename}: sha256 {actual} does not match the pin "
                             f"{package.sha256}")
        got.replace(target)
    return target


def fetch_missing(packages: list[Package], wheels: Path, say, batch: int = 100) -> None:
    """Download the wheels not yet in the cache, many to one pip process (the set holds
    hundreds of small integration packages: a pip start-up each would take minutes).
    Each wheel is then checked by fetch() as if it had fetched it alone; a package pip
    did not give here is fetched alone there, and fails there with its own message."""
    missing = [p for p in packages if not _cached(p, wheels)]
    for start in range(0, len(missing), batch):
        chunk = missing[start:start + batch]
        say(f"  downloading {len(chunk)} wheels ({start + len(chunk)} of {len(missing)})")
        with tempfile.TemporaryDirectory(dir=wheels) as scratch:
            if subprocess.run(_pip_download(chunk, scratch)).returncode != 0:
                say("  (pip failed on the batch: each is fetched alone)")
                continue
            for package in chunk:
                got = Path(scratch) / package.filename
                if got.is_file() and sha256_of(got) == package.sha256:
                    got.replace(wheels / package.filename)


def safe_member(name: str) -> PurePosixPath | None:
    """A wheel member's path if it is a .py file that stays inside the folder."""
    path = PurePosixPath(name)
    if path.suffix != ".py" or path.is_absolute() or ".." in path.parts:
        return None
    return path


def unpack(package: Package, wheel: Path, src: Path, say) -> tuple[int, int, int]:
    """Unpack the .py members; returns (files, lines, bytes)."""
    dest = src / package.folder
    stamp = dest / STAMP
    if stamp.is_file():
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
        if recorded.get("sha256") == package.sha256:
            say(f"  {package.folder}: already unpacked")
            return recorded["files"], recorded["lines"], recorded["bytes"]
    if dest.exists():
        shutil.rmtree(dest)
    files = lines = size = 0
    with zipfile.ZipFile(wheel) as archive:
        for info in archive.infolist():
            member = safe_member(info.filename)
            if member is None or info.is_dir():
                continue
            data = archive.read(info)
            out = dest.joinpath(*member.parts)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data)
            files += 1
            lines += data.count(b"\n")
            size += len(data)
    dest.mkdir(parents=True, exist_ok=True)
    # The stamp is written last: an interrupted unpack is redone on the next run.
    stamp.write_text(json.dumps({"sha256": package.sha256, "files": files, "lines": lines,
                                 "bytes": size}), encoding="utf-8")
    say(f"  {package.folder}: unpacked {files} .py files")
    return files, lines, size


def prepare(cache: Path, packages: list[Package], say=print) -> Path:
    """Make <cache>/src hold every pinned package; returns that folder."""
    wheels = cache / "wheels"
    src = cache / "src"
    wheels.mkdir(parents=True, exist_ok=True)
    src.mkdir(parents=True, exist_ok=True)
    wanted = {p.folder for p in packages}
    for stale in sorted(src.iterdir()):
        if stale.is_dir() and stale.name not in wanted:
            say(f"  {stale.name}: no longer pinned, removed")
            shutil.rmtree(stale)
    fetch_missing(packages, wheels, say)
    totals = [0, 0, 0]
    rows = []
    for package in packages:
        wheel = fetch(package, wheels, say)
        counts = unpack(package, wheel, src, say)
        rows.append((package.folder, *counts))
        totals = [a + b for a, b in zip(totals, counts)]
    say("")
    say(f"{'package':32} {'files':>6} {'lines':>9} {'MB':>7}")
    for folder, files, lines, size in rows:
        say(f"{folder:32} {files:6d} {lines:9,d} {size / 1e6:7.2f}")
    say(f"{'total':32} {totals[0]:6d} {totals[1]:9,d} {totals[2] / 1e6:7.2f}")
    say(f"source: {src}")
    return src


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None,
                        help="cache folder (default ~/.cache/modelred-lint-realworld or "
                             "$MODELRED_REALWORLD_CACHE)")
    parser.add_argument("--quiet", action="store_true", help="print only errors")
    parser.add_argument("--packages", type=Path, default=PACKAGES_FILE,
                        help="the pinned list (default packages.txt; holdout/packages.txt is the "
                             "set judged after the rules were tuned, with its own --cache)")
    args = parser.parse_args(argv)
    cache = (args.cache or default_cache()).expanduser().resolve()
    say = (lambda *_: None) if args.quiet else print
    say(f"preparing the real-world set in {cache}")
    prepare(cache, read_packages(args.packages), say)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The README's command examples are what the commands print on the demo corpus.

Every ```text block in README.md whose first line is ``$ multivector ...`` is run against
the demo database (``multivector demo`` into a temporary folder) at 80 columns, and its
output must match the block line for line.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from multivector.cli import main

pytestmark = pytest.mark.model
README = Path(__file__).resolve().parents[2] / "README.md"
BLOCK = re.compile(r"```text\n\$ (multivector [^\n]*)\n(.*?)```", re.S)


def examples() -> list[tuple[str, str]]:
    return BLOCK.findall(README.read_text("utf-8"))


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("readme-demo")
    result = CliRunner().invoke(main, ["demo", "--out", str(folder), "--workers", "1", "-q"])
    assert result.exit_code == 0, result.output
    return folder


def test_the_readme_has_command_examples():
    assert len(examples()) >= 2


@pytest.mark.parametrize("index", range(len(examples())))
def test_readme_example_matches_the_command(index: int, demo_folder: Path) -> None:
    command, expected = examples()[index]
    args = [a.replace("multivector-demo/", f"{demo_folder}/") for a in shlex.split(command)[1:]]
    result = CliRunner(env={"COLUMNS": "80"}).invoke(main, args)
    assert result.exit_code == 0, result.output
    printed = [line.rstrip() for line in result.stdout.rstrip("\n").splitlines()]
    assert printed == [line.rstrip() for line in expected.rstrip("\n").splitlines()], (
        f"README example `{command}` no longer matches what it prints; update the block")

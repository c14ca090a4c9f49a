"""The docs are checked by code: every command and option is in docs/cli.md, every link resolves."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer.main

from armsledger.cli.main import app

ROOT = Path(__file__).parents[1]
CLI_DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
# Typer's click-style command objects (typer >= 0.29 vendors click, so no click.Group isinstance).
COMMANDS: dict[str, Any] = dict(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def sections(text: str) -> dict[str, str]:
    """Map each `## armsledger NAME` heading to the text below it, up to the next heading."""
    parts = re.split(r"^## armsledger (\S+)\s*$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def documented_options(section: str) -> set[str]:
    """Options named at the start of the section's list items: "- `--format`, `-f`: ..."."""
    names: set[str] = set()
    for line in section.splitlines():
        if line.startswith("- `-"):
            names.update(re.findall(r"`(-[-\w]+)`", line.split(":", 1)[0]))
    return names


def options(command: Any) -> set[str]:
    return {name for p in command.params if p.param_type_name == "option"
            for name in (*p.opts, *p.secondary_opts)}


def test_sections_parse() -> None:
    doc = "intro\n## armsledger one\n- `--a`, `-a`: x\n## armsledger two\n- `--b`: y, not `--c`\n"
    found = sections(doc)
    assert list(found) == ["one", "two"]
    assert documented_options(found["one"]) == {"--a", "-a"}
    assert documented_options(found["two"]) == {"--b"}


def test_every_command_has_a_section_and_no_section_is_stale() -> None:
    assert set(sections(CLI_DOC)) == set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_option_and_argument_is_documented(name: str) -> None:
    command = COMMANDS[name]
    section = sections(CLI_DOC).get(name, "")
    assert command.help, f"{name} has no help text"
    assert documented_options(section) == options(command) - {"--help"}, name
    for param in command.params:
        if param.param_type_name == "argument":
            assert param.name is not None
            assert f"- `{param.name.upper()}" in section, f"{name}: argument {param.name}"
    assert f"`armsledger {name}" in section, f"{name}: no usage line"


def test_relative_links_resolve() -> None:
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
            if "://" in target:
                continue
            assert (page.parent / target).exists(), f"{page.name} links to missing {target}"


def test_readme_and_index_link_every_doc() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    for page in sorted((ROOT / "docs").glob("*.md")):
        if page.name != "index.md":
            assert f"({page.name})" in index, f"docs/index.md does not link {page.name}"
    assert "make demo" in readme and "make test" in readme
    assert "(docs/index.md)" in readme

"""Every third-party module the application imports is a declared runtime dependency.

The test extras install more (rouge-score pulls in numpy, for example), so a missing runtime
dependency would pass the suite and still break `make run` on a fresh machine.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_PACKAGES = ("bot", "cli", "config", "service", "store", "summarizer")


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _imported_modules() -> set[str]:
    found: set[str] = set()
    for package in APP_PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    found |= {alias.name.split(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - set(APP_PACKAGES) - {"__future__"}


def test_runtime_imports_are_declared_dependencies() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {_normal(re.split(r"[\[<>=!~ ;]", dep, maxsplit=1)[0]) for dep in project["dependencies"]}
    distributions = packages_distributions()
    missing = {
        module: distributions.get(module)
        for module in _imported_modules()
        if not {_normal(d) for d in distributions.get(module, [module])} & declared
    }
    assert not missing, f"imported but not declared in [project].dependencies: {missing}"

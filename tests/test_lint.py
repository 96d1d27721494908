"""Static checks over the packages: pyflakes (unused imports, undefined names, f-strings without a
placeholder), and no module-level name bound twice (a second ``_PLACES_COUNTED`` in facts.py once
silently replaced the first and changed metrics; pyflakes does not report rebound constants), nor a method
defined twice in one class (a second ``CandidateFinder._brands`` once hid the first)."""
import ast
import glob
import os
from collections import Counter

import pytest
from pyflakes.api import checkRecursive
from pyflakes.reporter import Reporter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGES = ("extractor", "kb", "web")
MODULES = sorted(path for package in PACKAGES for path in glob.glob(os.path.join(ROOT, package, "*.py")))


class _Collect(Reporter):
    def __init__(self):
        self.messages = []

    def flake(self, message):
        self.messages.append(str(message))

    def unexpectedError(self, filename, message):
        self.messages.append(f"{filename}: {message}")

    def syntaxError(self, filename, message, lineno, offset, text):
        self.messages.append(f"{filename}:{lineno}: {message}")


def test_packages_pass_pyflakes():
    reporter = _Collect()
    checkRecursive([os.path.join(ROOT, package) for package in PACKAGES], reporter)
    assert reporter.messages == []


def _names_bound(body: list[ast.stmt], scope: str = "") -> Counter:
    """Names each module-level or class-level statement binds, and the methods of each class."""
    names: Counter = Counter()
    for node in body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names.update(scope + target.id for target in targets if isinstance(target, ast.Name))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[scope + node.name] += 1
        if isinstance(node, ast.ClassDef):
            names.update(_names_bound(node.body, f"{scope}{node.name}."))
    return names


def _top_level_names(tree: ast.Module) -> Counter:
    return _names_bound(tree.body)


@pytest.mark.parametrize("path", MODULES, ids=[os.path.relpath(path, ROOT) for path in MODULES])
def test_no_module_level_name_is_bound_twice(path):
    with open(path, encoding="utf-8") as handle:
        names = _top_level_names(ast.parse(handle.read()))
    assert {name: count for name, count in names.items() if count > 1} == {}


def test_a_name_bound_twice_is_found():
    assert _top_level_names(ast.parse("A = 1\ndef f():\n    return A\nA = 2\n"))["A"] == 2
    method_twice = "class C:\n    def f(self):\n        return 1\n    def f(self):\n        return 2\n"
    assert _top_level_names(ast.parse(method_twice))["C.f"] == 2

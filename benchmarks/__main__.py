"""Run every benchmark (``python -m benchmarks``) or some (``python -m benchmarks store``).

Each ``bench_<name>.py`` module has a ``main(argv) -> int``; they need
``../shared/data`` and print their own table of baseline, ours and ratio.
"""

from __future__ import annotations

import importlib
import pkgutil
import platform
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    here = str(Path(__file__).parent)
    names = sorted(m.name[len("bench_"):] for m in pkgutil.iter_modules([here])
                   if m.name.startswith("bench_"))
    chosen = [a for a in argv if not a.startswith("-")] or names
    unknown = [c for c in chosen if c not in names]
    if unknown:
        print(f"unknown benchmark(s) {unknown}; known: {names}", file=sys.stderr)
        return 2
    print(f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
          f"python {platform.python_version()}")
    status = 0
    for name in chosen:
        print(f"\n## {name}")
        module = importlib.import_module(f"benchmarks.bench_{name}")
        status |= module.main([a for a in argv if a.startswith("-")])
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

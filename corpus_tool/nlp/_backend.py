"""The one place that imports underthesea.

underthesea is imported lazily (it takes a second and loads CRF models) and
once per process. At import it attaches a handler that prints to stdout;
that handler is removed so the library stays silent unless the application
configures logging.
"""

from __future__ import annotations

import logging
import threading
from types import ModuleType

__all__ = ["underthesea"]

_lock = threading.Lock()
_module: ModuleType | None = None


def underthesea() -> ModuleType:
    """Return the imported ``underthesea`` module, importing it on first use."""
    global _module
    if _module is None:
        with _lock:
            if _module is None:
                root = logging.getLogger()
                root_before = list(root.handlers)
                import underthesea as uts

                # underthesea configures logging at import (a stdout handler on
                # its logger, basicConfig on the root): undo both.
                for handler in list(root.handlers):
                    if handler not in root_before:
                        root.removeHandler(handler)
                for name in list(logging.root.manager.loggerDict):
                    if name == "underthesea" or name.startswith("underthesea."):
                        logging.getLogger(name).handlers.clear()
                _module = uts
    return _module

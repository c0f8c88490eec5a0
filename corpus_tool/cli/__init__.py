"""The ``corpus-tool`` command line: each command parses, makes one library call, reports.

Errors raised by the library (:class:`~corpus_tool.errors.CorpusToolError`)
become one line on stderr and exit code 1; usage errors exit with 2; a
traceback is shown only with ``-v``.

Commands live in one module per area (``store``, ``crawl``, ``nlp``,
``entities``, ``themes``, ``classify``, ``report``), each adding its
commands to the :func:`cli` group; what they share is in ``_common``.
Heavy libraries are imported inside the commands, so ``--help`` stays fast.
"""

from __future__ import annotations

import logging
import sys

import click

from corpus_tool import __version__
from corpus_tool.cli._common import _State
from corpus_tool.errors import CorpusToolError
from corpus_tool.settings import load_settings

__all__ = ["cli", "main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="corpus-tool")
@click.option("-v", "--verbose", count=True, help="More logging (-vv for debug); tracebacks.")
@click.option("-q", "--quiet", is_flag=True, help="Only errors; no progress bars.")
@click.option("--config", "config", type=click.Path(dir_okay=False),
              help="TOML file overriding the default settings key by key.")
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: bool, config: str | None) -> None:
    """Vietnamese text mining for press coverage: crawl, store, analyse, report."""
    verbosity = -1 if quiet else verbose
    level = {-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO}.get(verbosity,
                                                                          logging.DEBUG)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    logging.getLogger("corpus_tool").setLevel(level)
    ctx.obj = _State(load_settings(config), verbosity)


# Each command module adds its commands to ``cli``, so they are imported once it exists.
from corpus_tool.cli import (  # noqa: E402, F401
    classify,
    crawl,
    entities,
    nlp,
    report,
    store,
    themes,
)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return its exit code (0 ok, 1 failure, 2 usage)."""
    args = sys.argv[1:] if argv is None else argv
    verbose = any(a in ("-v", "--verbose") or a.startswith("-vv") for a in args)
    try:
        cli.main(args=args, prog_name="corpus-tool", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except CorpusToolError as exc:
        _report(exc, verbose=verbose)
        return 1
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        return 130
    except Exception as exc:
        _report(exc, verbose=verbose, unexpected=True)
        return 1
    return 0


def _report(exc: BaseException, *, verbose: bool, unexpected: bool = False) -> None:
    message = " ".join(str(exc).split()) or type(exc).__name__
    if unexpected:
        message = f"unexpected {type(exc).__name__}: {message}"
    click.echo(f"error: {message}", err=True)
    if verbose:
        import traceback

        traceback.print_exception(exc, file=sys.stderr)
    elif unexpected:
        click.echo("(run with -v for the traceback)", err=True)

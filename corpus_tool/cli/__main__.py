"""``python -m corpus_tool.cli``: the same as the ``corpus-tool`` command."""

import sys

from corpus_tool.cli import main

sys.exit(main())

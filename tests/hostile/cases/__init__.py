"""The hostile-input corpus, one module per family of files.

Each module defines ``CASES``: case name → ``(write, expected)``, where ``write(folder)``
writes the hostile file into ``folder`` and returns its path, and ``expected`` is ``"error"``
(exit 2 with exactly one line on stderr) or ``"ok"`` (exit 0). A module may also define
``SLOW``, the names of its cases that take more than a few seconds; those run under the
``slow`` marker (``.ci/run`` runs every test, slow ones included).

The runner (``tests/hostile/test_hostile.py``) finds every module of this package, so a new
family is a new module here and nothing else.
"""

"""Nothing runs here: type checkers read the overloads in the stub beside this module
(``_abort_overloads.pyi``, written by ``scripts/generate_overloads.py``), which the runtime module
imports only under ``TYPE_CHECKING``. The module exists so that editors find a source
for the stub."""

"""Importing geodata and tables into a project: one module per kind and per step.

``run`` is the entry point (``import_file``: read, check, write, report); ``parcels``,
``plans``, ``reference`` and ``actors`` write each kind; ``fields``, ``values`` and
``geometry`` map and check what the source holds; ``report`` is the outcome; ``speed``
holds the measures that make large imports fast. Nothing is imported here.
"""

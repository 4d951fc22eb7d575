"""The Kalix demo: the real municipal boundary and invented example data around it.

``build`` fills a project (``build_demo``); ``parcels``, ``plans``, ``actors`` and
``reference`` make each part from the facts in ``data`` and the places in
``coordinates``. Nothing is imported here.
"""
